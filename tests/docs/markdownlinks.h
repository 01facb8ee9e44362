#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// The parts of a Markdown file a link checker needs, read the way GitHub renders it:
// fenced code blocks and inline code spans hold no links and no headings.

struct MarkdownLink
{
    int line = 0;
    QString target; // as written: "docs/cli.md#weir-run", "#settings", "images/x.png"
};

// A heading's anchor as GitHub makes it: lower case, every character dropped that is not a
// letter, digit, space, '-' or '_' (backticks, dots, colons, apostrophes, symbols), spaces
// turned into '-'. A link inside a heading counts with its text only.
inline QString githubAnchor(QString heading)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    heading.replace(link, QStringLiteral("\\1"));
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

// The lines of `text` outside fenced code blocks, each with inline code spans blanked out;
// lines inside fences become empty, so line numbers stay right.
inline QStringList proseLines(const QString &text)
{
    static const QRegularExpression codeSpan(QStringLiteral("(`+)(?:(?!\\1).)+?\\1"));
    QStringList lines = text.split(QLatin1Char('\n'));
    bool fenced = false;
    for (QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            fenced = !fenced;
            line.clear();
        } else if (fenced) {
            line.clear();
        } else {
            line.replace(codeSpan, QStringLiteral("code"));
        }
    }
    return lines;
}

// Every anchor the headings of a Markdown file define; repeated headings get -1, -2 ...
inline QSet<QString> headingAnchors(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral(R"(^#{1,6}\s+(.*?)\s*#*\s*$)"));
    QSet<QString> anchors;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool fenced = false;
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("```")))
            fenced = !fenced;
        const QRegularExpressionMatch match = heading.match(line);
        if (fenced || !match.hasMatch())
            continue;
        const QString base = githubAnchor(match.captured(1));
        QString anchor = base;
        for (int n = 1; anchors.contains(anchor); ++n)
            anchor = base + QLatin1Char('-') + QString::number(n);
        anchors.insert(anchor);
    }
    return anchors;
}

// Inline links and images, [text](target) and ![alt](target), outside code.
inline QList<MarkdownLink> markdownLinks(const QString &text)
{
    static const QRegularExpression link(
        QStringLiteral(R"(\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\))"));
    QList<MarkdownLink> links;
    const QStringList lines = proseLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        auto it = link.globalMatch(lines[i]);
        while (it.hasNext())
            links.append({i + 1, it.next().captured(1)});
    }
    return links;
}

inline bool isExternalLink(const QString &target)
{
    static const QRegularExpression scheme(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*:"));
    return scheme.match(target).hasMatch();
}
