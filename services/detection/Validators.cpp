#include "detection/Validators.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace custos::detection::validators {
namespace {

QString compact(QStringView text) // without spaces, dots and dashes, upper case
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('/'))
            s += c.toUpper();
    }
    return s;
}

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

int digit(QChar c)
{
    return c.unicode() - '0';
}

} // namespace

QString digitsOnly(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out += c;
    }
    return out;
}

bool luhn(const QString& digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int d0 = digits.at(i).digitValue();
        if (d0 < 0)
            return false;
        int d = d0;
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool paymentCard(QStringView text)
{
    const QString d = digitsOnly(text);
    if (d.size() < 13 || d.size() > 19 || !luhn(d))
        return false;
    if (d.count(d.at(0)) == d.size())
        return false; // 0000 0000 0000 0000 and friends
    const int two = d.left(2).toInt();
    const int three = d.left(3).toInt();
    const int four = d.left(4).toInt();
    const int six = d.left(6).toInt();
    const bool visa = d.startsWith(QLatin1Char('4')) && (d.size() == 13 || d.size() == 16 || d.size() == 19);
    const bool master = ((two >= 51 && two <= 55) || (six >= 222100 && six <= 272099)) && d.size() == 16;
    const bool amex = (two == 34 || two == 37) && d.size() == 15;
    const bool discover = (four == 6011 || two == 65 || (three >= 644 && three <= 649)) && d.size() >= 16;
    const bool jcb = (four >= 3528 && four <= 3589) && d.size() >= 16;
    const bool diners = (two == 36 || two == 38 || (three >= 300 && three <= 305)) && d.size() >= 14;
    const bool maestro = (four == 5018 || four == 5020 || four == 5038 || four == 6304 || four == 6759 || four == 6761 ||
                          four == 6763) && d.size() >= 12;
    const bool unionPay = two == 62 && d.size() >= 16;
    return visa || master || amex || discover || jcb || diners || maestro || unionPay;
}

bool iban(QStringView text)
{
    static const QHash<QString, int> lengths = {
        {QStringLiteral("AD"), 24}, {QStringLiteral("AT"), 20}, {QStringLiteral("BE"), 16}, {QStringLiteral("BG"), 22},
        {QStringLiteral("CH"), 21}, {QStringLiteral("CY"), 28}, {QStringLiteral("CZ"), 24}, {QStringLiteral("DE"), 22},
        {QStringLiteral("DK"), 18}, {QStringLiteral("EE"), 20}, {QStringLiteral("ES"), 24}, {QStringLiteral("FI"), 18},
        {QStringLiteral("FR"), 27}, {QStringLiteral("GB"), 22}, {QStringLiteral("GR"), 27}, {QStringLiteral("HR"), 21},
        {QStringLiteral("HU"), 28}, {QStringLiteral("IE"), 22}, {QStringLiteral("IS"), 26}, {QStringLiteral("IT"), 27},
        {QStringLiteral("LI"), 21}, {QStringLiteral("LT"), 20}, {QStringLiteral("LU"), 20}, {QStringLiteral("LV"), 21},
        {QStringLiteral("MC"), 27}, {QStringLiteral("MT"), 31}, {QStringLiteral("NL"), 18}, {QStringLiteral("NO"), 15},
        {QStringLiteral("PL"), 28}, {QStringLiteral("PT"), 25}, {QStringLiteral("RO"), 24}, {QStringLiteral("SE"), 24},
        {QStringLiteral("SI"), 19}, {QStringLiteral("SK"), 24}, {QStringLiteral("SM"), 27}, {QStringLiteral("TR"), 26}};
    QString s;
    for (const QChar c : text) {
        if (!c.isSpace())
            s += c.toUpper();
    }
    if (s.size() < 15 || !lengths.contains(s.left(2)) || lengths.value(s.left(2)) != s.size())
        return false;
    if (!s.at(2).isDigit() || !s.at(3).isDigit())
        return false;
    const QString rearranged = s.mid(4) + s.left(4);
    int mod = 0;
    for (const QChar c : rearranged) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            mod = (mod * 10 + digit(c)) % 97;
        } else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            const int v = c.unicode() - 'A' + 10;
            mod = (mod * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return mod == 1;
}

bool usSsn(QStringView text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{3})[- ]?(\\d{2})[- ]?(\\d{4})$"));
    const auto m = shape.match(text.trimmed().toString());
    if (!m.hasMatch())
        return false;
    const int area = m.captured(1).toInt();
    return area != 0 && area != 666 && area < 900 && m.captured(2).toInt() != 0 && m.captured(3).toInt() != 0;
}

bool germanTaxId(QStringView text)
{
    const QString s = compact(text);
    if (s.size() != 11 || !allDigits(s) || s.at(0) == QLatin1Char('0'))
        return false;
    int counts[10] = {};
    for (int i = 0; i < 10; ++i)
        ++counts[digit(s.at(i))];
    int repeated = 0;
    for (int c : counts) {
        if (c > 3)
            return false;
        if (c >= 2)
            ++repeated;
    }
    if (repeated != 1)
        return false;
    int product = 10;
    for (int i = 0; i < 10; ++i) {
        int sum = (digit(s.at(i)) + product) % 10;
        if (sum == 0)
            sum = 10;
        product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10)
        check = 0;
    return check == digit(s.at(10));
}

bool frenchNir(QStringView text)
{
    QString s = compact(text);
    if (s.size() != 15)
        return false;
    const QChar sex = s.at(0);
    if (sex != QLatin1Char('1') && sex != QLatin1Char('2') && sex != QLatin1Char('3') && sex != QLatin1Char('4') &&
        sex != QLatin1Char('7') && sex != QLatin1Char('8'))
        return false;
    const int month = s.mid(3, 2).toInt();
    if (!allDigits(QStringView(s).mid(3, 2)) || month < 1 || (month > 12 && month < 20) || month > 99)
        return false;
    // Corsica: 2A and 2B count as 19 and 18 for the key.
    qint64 correction = 0;
    if (s.mid(5, 2) == QLatin1String("2A")) {
        s.replace(5, 2, QStringLiteral("19"));
        correction = 1000000;
    } else if (s.mid(5, 2) == QLatin1String("2B")) {
        s.replace(5, 2, QStringLiteral("18"));
        correction = 2000000;
    }
    if (!allDigits(s))
        return false;
    const qint64 number = s.left(13).toLongLong() - correction;
    return 97 - number % 97 == s.mid(13, 2).toInt();
}

bool spanishId(QStringView text)
{
    static const QString letters = QStringLiteral("TRWAGMYFPDXBNJZSQVHLCKE");
    QString s = compact(text);
    if (s.size() != 9)
        return false;
    const QChar first = s.at(0);
    if (first == QLatin1Char('X') || first == QLatin1Char('Y') || first == QLatin1Char('Z'))
        s[0] = QLatin1Char(static_cast<char>('0' + (first.unicode() - 'X')));
    if (!allDigits(QStringView(s).left(8)))
        return false;
    const int number = s.left(8).toInt();
    if (number == 0)
        return false;
    return s.at(8) == letters.at(number % 23);
}

bool italianFiscalCode(QStringView text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$"));
    const QString s = compact(text);
    if (!shape.match(s).hasMatch())
        return false;
    static const int oddDigits[10] = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    static const int oddLetters[26] = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = s.at(i);
        const bool isDigit = c.isDigit();
        const int v = isDigit ? digit(c) : c.unicode() - 'A';
        if (i % 2 == 0)
            sum += isDigit ? oddDigits[v] : oddLetters[v];
        else
            sum += v;
    }
    return s.at(15).unicode() == 'A' + sum % 26;
}

bool dutchBsn(QStringView text)
{
    const QString s = compact(text);
    if (s.size() != 9 || !allDigits(s) || s.count(s.at(0)) == 9)
        return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digit(s.at(i)) * (9 - i);
    sum -= digit(s.at(8));
    return sum % 11 == 0;
}

bool email(QStringView text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != text.lastIndexOf(QLatin1Char('@')))
        return false;
    const QStringView local = text.left(at);
    const QStringView domain = text.mid(at + 1);
    if (local.size() > 64 || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
        local.contains(QLatin1String("..")))
        return false;
    const auto labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QStringView l : labels) {
        if (l.isEmpty() || l.size() > 63 || l.startsWith(QLatin1Char('-')) || l.endsWith(QLatin1Char('-')))
            return false;
    }
    const QStringView tld = labels.last();
    if (tld.size() < 2)
        return false;
    for (const QChar c : tld) {
        if (!c.isLetter())
            return false;
    }
    // Documentation domains are no one's address.
    static const QStringList reserved = {QStringLiteral("example.com"), QStringLiteral("example.org"), QStringLiteral("example.net")};
    for (const QString& r : reserved) {
        if (domain.compare(r, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

bool personalEmail(QStringView text)
{
    if (!email(text))
        return false;
    static const QStringList providers = {
        QStringLiteral("gmail.com"), QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"), QStringLiteral("yahoo.fr"),
        QStringLiteral("yahoo.de"), QStringLiteral("yahoo.co.uk"), QStringLiteral("hotmail.com"), QStringLiteral("hotmail.fr"),
        QStringLiteral("hotmail.de"), QStringLiteral("outlook.com"), QStringLiteral("outlook.de"), QStringLiteral("outlook.fr"),
        QStringLiteral("live.com"), QStringLiteral("icloud.com"), QStringLiteral("me.com"), QStringLiteral("aol.com"),
        QStringLiteral("gmx.de"), QStringLiteral("gmx.net"), QStringLiteral("gmx.com"), QStringLiteral("web.de"),
        QStringLiteral("t-online.de"), QStringLiteral("freenet.de"), QStringLiteral("free.fr"), QStringLiteral("orange.fr"),
        QStringLiteral("laposte.net"), QStringLiteral("sfr.fr"), QStringLiteral("wanadoo.fr"), QStringLiteral("proton.me"),
        QStringLiteral("protonmail.com"), QStringLiteral("yandex.com"), QStringLiteral("mail.com"), QStringLiteral("posteo.de")};
    const QStringView domain = text.mid(text.indexOf(QLatin1Char('@')) + 1);
    for (const QString& p : providers) {
        if (domain.compare(p, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool internationalPhone(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(QLatin1Char('+')))
        t = t.mid(1);
    else if (t.startsWith(QLatin1String("00")))
        t = t.mid(2);
    else
        return false;
    const QString d = digitsOnly(t);
    if (d.size() < 8 || d.size() > 15 || d.startsWith(QLatin1Char('0')))
        return false;
    int separators = 0;
    for (const QChar c : t) {
        if (c.isDigit())
            separators = 0;
        else if (++separators > 2)
            return false;
    }
    return true;
}

bool nationalPhone(QStringView text)
{
    const QStringView t = text.trimmed();
    const QString d = digitsOnly(t);
    const bool international = d.startsWith(QLatin1String("00")); // 0049 …: needs its context word like any other
    if (!d.startsWith(QLatin1Char('0')) || d.size() < (international ? 10 : 9) || d.size() > (international ? 15 : 12) ||
        (international && d.at(2) == QLatin1Char('0')))
        return false;
    if (d.count(d.at(1)) == d.size() - 1)
        return false;
    // 01.02.2024, 12/03/1985: dates are not phone numbers.
    static const QRegularExpression dateLike(QStringLiteral("^\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}$"));
    return !dateLike.match(t.toString()).hasMatch();
}

bool birthDate(QStringView text)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char* names[] = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                               "november", "december", "januar", "februar", "marz", "mai", "juni", "juli", "oktober",
                               "dezember", "janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre",
                               "octobre", "novembre", "decembre", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                               "sept", "oct", "nov", "dec"};
        const int numbers[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 5, 6, 7, 10, 12, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12,
                               1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};
        for (std::size_t i = 0; i < std::size(names); ++i)
            m.insert(QString::fromLatin1(names[i]), numbers[i]);
        return m;
    }();
    // Fold accents of month names (März, février, août, décembre).
    QString folded = text.toString().toLower().normalized(QString::NormalizationForm_D);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    static const QRegularExpression token(QStringLiteral("[a-z]+|\\d+"));
    QList<QString> parts;
    for (auto it = token.globalMatch(folded); it.hasNext();)
        parts << it.next().captured();
    parts.removeIf([](const QString& p) {
        return p == QLatin1String("st") || p == QLatin1String("nd") || p == QLatin1String("rd") || p == QLatin1String("th") ||
               p == QLatin1String("er") || p == QLatin1String("de") || p == QLatin1String("of");
    });
    if (parts.size() != 3)
        return false;
    const int latest = QDate::currentDate().year() - 10;
    auto plausible = [latest](int y, int m, int d) { return y >= 1900 && y <= latest && QDate(y, m, d).isValid(); };
    bool ok = false;
    if (parts.at(0).size() == 4) { // 1985-03-12
        const int y = parts.at(0).toInt(&ok);
        return ok && plausible(y, parts.at(1).toInt(), parts.at(2).toInt());
    }
    const int y = parts.at(2).toInt(&ok);
    if (!ok)
        return false;
    if (months.contains(parts.at(0))) // March 12, 1985
        return plausible(y, months.value(parts.at(0)), parts.at(1).toInt());
    if (months.contains(parts.at(1))) // 12 March 1985
        return plausible(y, months.value(parts.at(1)), parts.at(0).toInt());
    const int a = parts.at(0).toInt(), b = parts.at(1).toInt();
    return plausible(y, b, a) || plausible(y, a, b); // day first, or month first
}

bool jwt(QStringView text)
{
    const auto parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    auto decodes = [](QStringView part) {
        const auto r = QByteArray::fromBase64Encoding(part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!r)
            return QJsonObject();
        const QJsonDocument doc = QJsonDocument::fromJson(*r);
        return doc.isObject() ? doc.object() : QJsonObject();
    };
    const QJsonObject header = decodes(parts.at(0));
    return header.contains(QStringLiteral("alg")) && !decodes(parts.at(1)).isEmpty() && parts.at(2).size() >= 16;
}

bool secretValue(QStringView value)
{
    QStringView v = value.trimmed();
    while (!v.isEmpty() && (v.endsWith(QLatin1Char('.')) || v.endsWith(QLatin1Char(',')) || v.endsWith(QLatin1Char(';')) ||
                            v.endsWith(QLatin1Char(')')) || v.endsWith(QLatin1Char('"')) || v.endsWith(QLatin1Char('\''))))
        v.chop(1);
    while (!v.isEmpty() && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))))
        v = v.mid(1);
    if (v.size() < 6)
        return false;
    if (v.startsWith(QLatin1Char('<')) || v.startsWith(QLatin1String("${")) || v.startsWith(QLatin1String("$(")) ||
        v.startsWith(QLatin1String("{{")) || v.startsWith(QLatin1Char('%')) || v.startsWith(QLatin1Char('[')))
        return false;
    if (v.count(v.at(0)) == v.size())
        return false; // ******, xxxxxx
    static const QStringList placeholders = {QStringLiteral("password"), QStringLiteral("passwort"), QStringLiteral("changeit"),
                                             QStringLiteral("redacted"), QStringLiteral("your_password"), QStringLiteral("yourpassword"),
                                             QStringLiteral("secret"), QStringLiteral("placeholder"), QStringLiteral("example"),
                                             QStringLiteral("hidden"), QStringLiteral("removed"), QStringLiteral("required"),
                                             QStringLiteral("expired"), QStringLiteral("pass")};
    for (const QString& p : placeholders) {
        if (v.compare(p, Qt::CaseInsensitive) == 0)
            return false;
    }
    bool digitOrSymbol = false;
    bool innerUpper = false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (!v.at(i).isLetter())
            digitOrSymbol = true;
        else if (i > 0 && v.at(i).isUpper())
            innerUpper = true;
    }
    // A plain word ("incorrect", "complicated") is prose, not a password.
    return digitOrSymbol || (innerUpper && v.size() >= 10);
}

bool passwordAssignment(QStringView text)
{
    // "password: VALUE", "password=VALUE": the first word after the separator;
    // "the password is VALUE": the last word.
    const QStringView t = text.trimmed();
    qsizetype sep = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.at(i) == QLatin1Char(':') || t.at(i) == QLatin1Char('=')) {
            sep = i;
            break;
        }
    }
    if (sep < 0) {
        const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
        return space > 0 && secretValue(t.mid(space + 1));
    }
    QStringView value = t.mid(sep + 1).trimmed();
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i).isSpace()) {
            value = value.left(i);
            break;
        }
    }
    return secretValue(value);
}

bool connectionString(QStringView text)
{
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (scheme < 0 || at < 0)
        return false;
    const QStringView credentials = text.mid(scheme + 3, at - scheme - 3);
    const qsizetype colon = credentials.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    const QStringView password = credentials.mid(colon + 1);
    // user:pass@host in documentation, "****" and ${VARS} are not leaked credentials.
    return secretValue(password);
}

bool accessKeyId(QStringView text)
{
    return !text.endsWith(QLatin1String("EXAMPLE")) && text.size() == 20;
}

} // namespace custos::detection::validators
