# One INTERFACE target carries the settings every Custos target shares.
add_library(custos_common INTERFACE)
target_compile_features(custos_common INTERFACE cxx_std_20)
target_compile_definitions(custos_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  $<$<OR:$<CONFIG:Debug>,$<BOOL:${CUSTOS_FORCE_ASSERTS}>>:QT_FORCE_ASSERTS>)
target_compile_options(custos_common INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow -Wnon-virtual-dtor
  -Wcast-align -Woverloaded-virtual -Wformat=2
  $<$<BOOL:${CUSTOS_WERROR}>:-Werror>)
if(CUSTOS_SANITIZE)
  # GCC 12's flow analysis under the sanitizers reports std::regex's internals as maybe
  # uninitialised (a false positive in libstdc++ headers); it is not a warning to build on.
  target_compile_options(custos_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                         -fno-sanitize-recover=undefined -Wno-maybe-uninitialized)
  target_link_options(custos_common INTERFACE -fsanitize=address,undefined)
endif()
include(GNUInstallDirs)
target_compile_definitions(custos_common INTERFACE
  CUSTOS_VERSION="${PROJECT_VERSION}"
  CUSTOS_TRANSLATIONS_INSTALL_DIR="${CMAKE_INSTALL_FULL_DATADIR}/custos/translations")
