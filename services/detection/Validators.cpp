#include "detection/Validators.h"

#include <QHash>
#include <QRegularExpression>

namespace custos::detection::validators {

QString digitsOnly(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
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

bool paymentCard(const QString& text)
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

bool iban(const QString& text)
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
        if (c.isDigit()) {
            mod = (mod * 10 + c.digitValue()) % 97;
        } else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            const int v = c.unicode() - 'A' + 10;
            mod = (mod * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return mod == 1;
}

bool usSsn(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{3})[- ]?(\\d{2})[- ]?(\\d{4})$"));
    const auto m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const int area = m.captured(1).toInt();
    return area != 0 && area != 666 && area < 900 && m.captured(2).toInt() != 0 && m.captured(3).toInt() != 0;
}

} // namespace custos::detection::validators
