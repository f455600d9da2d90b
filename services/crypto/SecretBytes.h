// Bytes that must not outlive their use: held in Botan's secure_vector (locked where
// the system allows, always wiped when freed) behind a Qt-typed interface.
#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace custos::crypto {

class SecretBytes final
{
public:
    SecretBytes();
    explicit SecretBytes(std::size_t size); // zero-filled
    SecretBytes(const std::uint8_t* data, std::size_t size);
    static SecretBytes fromView(QByteArrayView view);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    SecretBytes clone() const;
    void clear(); // wipes and empties

    std::uint8_t* data();
    const std::uint8_t* data() const;
    std::size_t size() const;
    bool isEmpty() const { return size() == 0; }
    QByteArrayView view() const;

    bool operator==(const SecretBytes& other) const; // constant time for equal sizes

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::crypto
