#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>


namespace {

void readMessage(QXmlStreamReader &xml, TsMessage &message)
{
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations << xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

QStringList sortedMatches(const QRegularExpression &pattern, const QString &text, int group)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(group);
    found.sort();
    return found;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found = sortedMatches(pattern, text, 1);
    found.removeDuplicates();
    return found;
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("<\\s*(/?\\s*[a-zA-Z][a-zA-Z0-9]*)"));
    return sortedMatches(pattern, text, 1);
}


bool isKeySequence(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^((Ctrl|Shift|Alt|Meta)\\+)+([A-Z0-9]|F\\d+|Del|Ins|Home|End)$"));
    return pattern.match(text).hasMatch();
}

} // namespace

QStringList mnemonicLetters(const QString &text)
{
    // '&' before a character, not "&&" (a literal ampersand), "& " or an entity ("&nbsp;").
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?![&\\s]|[a-z]+;)(.)"));
    QStringList letters;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        letters << it.next().captured(1).toLower();
    return letters;
}

QString TsFile::translation(const QString &context, const QString &source) const
{
    for (const TsMessage &m : messages) {
        if (m.context == context && m.source == source)
            return m.translations.value(0);
    }
    return {};
}

TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        ts.error = QStringLiteral("not a TS file");
        return ts;
    }
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                TsMessage message;
                message.context = context;
                readMessage(xml, message);
                ts.messages << message;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList translationProblems(const TsMessage &message, int forms)
{
    QStringList problems;
    if (!message.type.isEmpty())
        problems << QStringLiteral("marked %1").arg(message.type);
    if (message.numerus && message.translations.size() != forms)
        problems << QStringLiteral("%1 plural forms, the language has %2")
                        .arg(message.translations.size())
                        .arg(forms);
    for (const QString &translation : message.translations) {
        if (translation.trimmed().isEmpty()) {
            problems << QStringLiteral("empty");
            continue;
        }
        if (placeholders(translation) != placeholders(message.source))
            problems << QStringLiteral("placeholders %1, the source has %2")
                            .arg(placeholders(translation).join(QLatin1Char(' ')),
                                 placeholders(message.source).join(QLatin1Char(' ')));
        if (tags(translation) != tags(message.source))
            problems << QStringLiteral("markup differs from the source's");
        const qsizetype ownMnemonics = mnemonicLetters(translation).size();
        const qsizetype sourceMnemonics = mnemonicLetters(message.source).size();
        if (ownMnemonics != sourceMnemonics)
            problems << QStringLiteral("%1 mnemonic &, the source has %2")
                            .arg(ownMnemonics)
                            .arg(sourceMnemonics);
        if (isKeySequence(message.source) && translation != message.source)
            problems << QStringLiteral("a key sequence must stay as it is");
        if (message.source.endsWith(QChar(0x2026)) && !translation.endsWith(QChar(0x2026)))
            problems << QStringLiteral("lost the ellipsis of a command that opens a dialog");
    }
    return problems;
}
