// Checks that tell real identifiers from look-alikes: a 16-digit order number is not a
// card number unless it passes Luhn and an issuer range; an IBAN must have its
// country's length and a valid mod-97 check; national ids must carry their check
// digit; a token must decode to what it claims to be; a "password" that is a
// placeholder is no secret.
#pragma once

#include <QString>

namespace custos::detection::validators {

QString digitsOnly(QStringView text);
bool luhn(const QString& digits);
// Luhn, 13-19 digits, a known issuer prefix (Visa, Mastercard, Amex, Discover, JCB,
// Diners, Maestro, UnionPay), and not a run of one digit.
bool paymentCard(QStringView text);
// Country code with its registered length, then ISO 7064 mod-97 = 1.
bool iban(QStringView text);
// AAA-GG-SSSS with AAA not 000, 666 or 900-999, GG not 00, SSSS not 0000.
bool usSsn(QStringView text);
// German tax identification number (Steuer-IdNr): 11 digits, no leading zero, one digit
// of the first ten repeated two or three times, ISO 7064 MOD 11,10 check digit.
bool germanTaxId(QStringView text);
// French social security number (NIR): sex, year, month, department (2A/2B for
// Corsica), commune, order, and the key 97 - (number mod 97).
bool frenchNir(QStringView text);
// Spanish DNI (8 digits and a check letter) or NIE (X/Y/Z, 7 digits, check letter).
bool spanishId(QStringView text);
// Italian codice fiscale: 16 characters in its layout with the check character.
bool italianFiscalCode(QStringView text);
// Dutch citizen service number (BSN): 9 digits passing the eleven test.
bool dutchBsn(QStringView text);
// An e-mail address: local part and domain in the usual shape, a letter TLD.
bool email(QStringView text);
// The same, at a consumer mail provider (a private address rather than a work one).
bool personalEmail(QStringView text);
// An international phone number (+CC or 00CC): 8 to 15 digits after the prefix.
bool internationalPhone(QStringView text);
// A national phone number (leading 0): 9 to 12 digits, not a date; or 00 and a country
// code, 10 to 15 digits.
bool nationalPhone(QStringView text);
// A calendar date that can be a living person's birth date (1900 up to ten years ago);
// numeric (day first or month first) or with a month name in English, German or French.
bool birthDate(QStringView text);
// A JSON Web Token: header and payload decode (base64url) to JSON objects, the header
// names an algorithm.
bool jwt(QStringView text);
// The value after "password:" or inside a connection string is a real value, not a
// placeholder (****, <password>, ${VAR}, %s, "password", "redacted", ...), and looks
// like a password: a digit or symbol in it, or 10 or more letters in mixed case.
bool secretValue(QStringView value);
// "password: VALUE": the VALUE passes secretValue.
bool passwordAssignment(QStringView text);
// scheme://user:PASSWORD@host with a real password.
bool connectionString(QStringView text);
// A cloud access key id that is not the documented example (…EXAMPLE).
bool accessKeyId(QStringView text);

} // namespace custos::detection::validators
