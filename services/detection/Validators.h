// Checks that tell real identifiers from look-alikes: a 16-digit order number is not a
// card number unless it passes Luhn and an issuer range; an IBAN must have its
// country's length and a valid mod-97 check; a US SSN must lie in the issued ranges.
#pragma once

#include <QString>

namespace custos::detection::validators {

QString digitsOnly(const QString& text);
bool luhn(const QString& digits);
// Luhn, 13-19 digits, a known issuer prefix (Visa, Mastercard, Amex, Discover, JCB,
// Diners, Maestro, UnionPay), and not a run of one digit.
bool paymentCard(const QString& text);
// Country code with its registered length, then ISO 7064 mod-97 = 1.
bool iban(const QString& text);
// AAA-GG-SSSS with AAA not 000, 666 or 900-999, GG not 00, SSSS not 0000.
bool usSsn(const QString& text);

} // namespace custos::detection::validators
