#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace weir {

// Colours JSON text: keys, strings, numbers, true/false/null and punctuation. The colours
// follow the document's palette (lighter on dark backgrounds) so both themes stay readable.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document, bool darkBackground = false);

    // Picks the colours for a light or dark background and rehighlights.
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0; // the capture group coloured
    };
    std::vector<Rule> m_rules;
};

} // namespace weir
