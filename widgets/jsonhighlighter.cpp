#include "jsonhighlighter.h"

namespace weir {

namespace {

QTextCharFormat charFormat(const QColor &color, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    return f;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, bool darkBackground)
    : QSyntaxHighlighter(document)
{
    setDarkBackground(darkBackground);
}

void JsonHighlighter::setDarkBackground(bool dark)
{
    // Pairs chosen for contrast on white (#fff) and on dark grey (#2b2b2b).
    const QColor key = dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x4f, 0x9e);
    const QColor string = dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15);
    const QColor number = dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58);
    const QColor keyword = dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff);
    const QColor punctuation = dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x60, 0x60, 0x60);
    const QString stringPattern = QStringLiteral(R"("(?:[^"\\]|\\.)*")");
    m_rules = {
        {QRegularExpression(QStringLiteral(R"([{}\[\],:])")), charFormat(punctuation)},
        {QRegularExpression(QStringLiteral(R"(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)")),
         charFormat(number)},
        {QRegularExpression(QStringLiteral(R"(\b(?:true|false|null)\b)")),
         charFormat(keyword, true)},
        // Strings after numbers and keywords: digits inside a string stay string-coloured.
        {QRegularExpression(stringPattern), charFormat(string)},
        {QRegularExpression(QStringLiteral("(%1)\\s*:").arg(stringPattern)), charFormat(key, true),
         1},
    };
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)),
                      rule.format);
        }
    }
}

} // namespace weir
