#include "crypto/SecretBytes.h"

#include <botan/mem_ops.h>
#include <botan/secmem.h>

namespace custos::crypto {

struct SecretBytes::Impl
{
    Botan::secure_vector<std::uint8_t> bytes;
};

SecretBytes::SecretBytes() : d(std::make_unique<Impl>()) {}

SecretBytes::SecretBytes(std::size_t size) : d(std::make_unique<Impl>())
{
    d->bytes.resize(size);
}

SecretBytes::SecretBytes(const std::uint8_t* data, std::size_t size) : d(std::make_unique<Impl>())
{
    d->bytes.assign(data, data + size);
}

SecretBytes SecretBytes::fromView(QByteArrayView view)
{
    return SecretBytes(reinterpret_cast<const std::uint8_t*>(view.data()), static_cast<std::size_t>(view.size()));
}

SecretBytes::~SecretBytes() = default;

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : d(std::move(other.d))
{
    other.d = std::make_unique<Impl>();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        d = std::move(other.d);
        other.d = std::make_unique<Impl>();
    }
    return *this;
}

SecretBytes SecretBytes::clone() const
{
    return SecretBytes(d->bytes.data(), d->bytes.size());
}

void SecretBytes::clear()
{
    Botan::secure_scrub_memory(d->bytes.data(), d->bytes.size());
    d->bytes.clear();
}

std::uint8_t* SecretBytes::data()
{
    return d->bytes.data();
}

const std::uint8_t* SecretBytes::data() const
{
    return d->bytes.data();
}

std::size_t SecretBytes::size() const
{
    return d->bytes.size();
}

QByteArrayView SecretBytes::view() const
{
    return {reinterpret_cast<const char*>(d->bytes.data()), static_cast<qsizetype>(d->bytes.size())};
}

bool SecretBytes::operator==(const SecretBytes& other) const
{
    return size() == other.size() && Botan::constant_time_compare(data(), other.data(), size());
}

} // namespace custos::crypto
