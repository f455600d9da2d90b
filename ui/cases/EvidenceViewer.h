// Viewing an evidence file without leaving its plaintext on disk.
//  - Text and images are shown inside the console from memory: nothing is written.
//  - Any other file (a PDF, an e-mail) is opened in the system's viewer from a temporary
//    copy in a folder only the user may read (0700, in the session's runtime folder —
//    a memory file system on most systems — else the temporary folder). The copy is
//    overwritten with zeros and removed when the user closes the "opened in another
//    program" message, when the workspace locks or the console quits, and any copy left
//    by a crash is removed at the next start.
#pragma once

#include "domain/Cases.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QWidget;

namespace custos::ui {

class EvidenceViewer final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceViewer)
public:
    static bool showsInside(const QString& mediaType);
    // Shows the file inside, or through a temporary copy as described above.
    static void show(QWidget* parent, const domain::EvidenceItem& item, const QByteArray& content);

    // The folder the temporary copies go to, and the copies there now.
    static QString folder();
    static QStringList copies();
    // Overwrites and removes every temporary copy (on lock, on quit, at start).
    static void removeAll();

    // Tests replace the system viewer (it gets the copy's path; true when it opened) and
    // the "close to remove" message (it returns when the user closes it).
    static void setOpenerForTesting(std::function<bool(const QString&)> opener) { s_opener = std::move(opener); }
    static void setWaitForTesting(std::function<void(const QString&)> wait) { s_wait = std::move(wait); }

private:
    static inline std::function<bool(const QString&)> s_opener;
    static inline std::function<void(const QString&)> s_wait;
};

} // namespace custos::ui
