#include "noderegistry.h"
#include "themepalettes.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

using namespace weir;

namespace {

// The icons the designer's actions name as :/icons/<name>.svg.
const char *const actionIcons[]
    = {"new",        "open",         "save",         "save-as",   "undo",          "redo",
       "cut",        "copy",         "paste",        "duplicate", "delete",        "align-left",
       "align-top",  "auto-layout",  "snap-grid",    "zoom-fit",  "zoom-in",       "zoom-out",
       "zoom-reset", "find",         "select-all",   "quit",      "run",           "run-once",
       "pause",      "stop",         "copy-address", "monitor",   "alert",         "log",
       "problems",   "history",      "workers",      "broker",    "browse-topics", "replay",
       "preview",    "dead-letters", "about",        "language",  "theme",         "settings"};

// The application icon: a filled, multi-coloured picture, exempt from the line-icon rules.
const QString appIcon = QStringLiteral("weir.svg");

// WCAG 1.4.11: graphical objects need 3:1 against adjacent colours.
constexpr double minContrast = 3.0;

QDir iconDir()
{
    return QDir(QStringLiteral(WEIR_SOURCE_DIR "/resources/icons"));
}

QStringList iconFiles()
{
    return iconDir().entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The colour table of resources/icons/README.md: "| use | `#rrggbb` name |" rows.
QList<QPair<QString, QColor>> readmeColours()
{
    static const QRegularExpression row(
        QStringLiteral(R"(^\|\s*([^|]+?)\s*\|\s*`(#[0-9a-fA-F]{6})`[^|]*\|\s*$)"));
    QList<QPair<QString, QColor>> colours;
    const QStringList lines = readText(iconDir().filePath(QStringLiteral("README.md"))).split('\n');
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = row.match(line.trimmed());
        if (m.hasMatch())
            colours.append({m.captured(1), QColor(m.captured(2))});
    }
    return colours;
}

QSet<QRgb> readmeRgbs()
{
    QSet<QRgb> rgbs;
    for (const auto &[use, colour] : readmeColours())
        rgbs.insert(colour.rgb());
    return rgbs;
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The backgrounds icons sit on: window (toolbars, menus) and base (lists, canvas) of both
// of the designer's themes.
QList<QPair<QString, QColor>> backgrounds()
{
    const QPalette light = lightPalette(), dark = darkPalette();
    return {{QStringLiteral("light window"), light.color(QPalette::Window)},
            {QStringLiteral("light base"), light.color(QPalette::Base)},
            {QStringLiteral("dark window"), dark.color(QPalette::Window)},
            {QStringLiteral("dark base"), dark.color(QPalette::Base)}};
}

// What the file breaks of the README's style rules; empty when it keeps them all.
QStringList styleViolations(const QString &fileName, const QString &text)
{
    static const QSet<QString> allowedElements
        = {"svg",  "g",        "path",    "circle", "ellipse",        "rect",
           "line", "polyline", "polygon", "defs",   "linearGradient", "stop"};
    static const QSet<QString> colourAttributes = {"fill", "stroke", "stop-color", "color"};
    const bool lineIcon = fileName != appIcon;
    const QSet<QRgb> table = readmeRgbs();
    QStringList problems;
    QSet<QRgb> used;
    QXmlStreamReader xml(text);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString element = xml.name().toString();
        if (!allowedElements.contains(element))
            problems << QStringLiteral("element <%1>").arg(element);
        for (const QXmlStreamAttribute &attr : xml.attributes()) {
            const QString name = attr.name().toString(), value = attr.value().toString();
            if (name == "style" || name == "class")
                problems << QStringLiteral("CSS attribute %1").arg(name);
            if (name == "href" && !value.startsWith('#'))
                problems << QStringLiteral("external reference %1").arg(value);
            if (!lineIcon || !colourAttributes.contains(name) || value == "none")
                continue;
            const QColor colour(value);
            if (!colour.isValid() || !table.contains(colour.rgb()))
                problems << QStringLiteral("%1=\"%2\" is not in the README table").arg(name, value);
            else
                used.insert(colour.rgb());
        }
    }
    if (xml.hasError())
        problems << xml.errorString();
    if (lineIcon && used.size() != 1)
        problems << QStringLiteral("%1 colours, one expected").arg(used.size());
    return problems;
}

QImage renderOn(QSvgRenderer &renderer, const QColor &background, int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return image;
}

double strongestContrast(const QImage &image, const QColor &background)
{
    double best = 1.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, contrast(QColor(image.pixel(x, y)), background));
    }
    return best;
}

} // namespace

class tst_Icons : public QObject
{
    Q_OBJECT

private slots:
    void readmeHasColourTable();
    void iconKeepsStyleRules_data();
    void iconKeepsStyleRules();
    void tableColourContrast_data();
    void tableColourContrast();
    void renderedIconContrast_data();
    void renderedIconContrast();
    void nodeTypeIconExists_data();
    void nodeTypeIconExists();
    void actionIconExists_data();
    void actionIconExists();
};

void tst_Icons::readmeHasColourTable()
{
    const auto colours = readmeColours();
    QVERIFY2(colours.size() >= 2, "resources/icons/README.md lost its colour table");
    QSet<QRgb> distinct;
    for (const auto &[use, colour] : colours) {
        QVERIFY2(!distinct.contains(colour.rgb()), qPrintable(use + " repeats a colour"));
        distinct.insert(colour.rgb());
    }
}

void tst_Icons::iconKeepsStyleRules_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = iconFiles();
    QVERIFY(files.contains(appIcon));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void tst_Icons::iconKeepsStyleRules()
{
    QFETCH(QString, file);
    const QString path = iconDir().filePath(file);
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 24, 24));
    const QString text = readText(path);
    static const QRegularExpression viewBox(QStringLiteral(R"(viewBox="0 0 24 24")"));
    QVERIFY(text.contains(viewBox));
    const QStringList problems = styleViolations(file, text);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void tst_Icons::tableColourContrast_data()
{
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<QColor>("background");
    for (const auto &[use, colour] : readmeColours()) {
        for (const auto &[where, background] : backgrounds())
            QTest::addRow("%s on %s", qPrintable(use), qPrintable(where)) << colour << background;
    }
}

void tst_Icons::tableColourContrast()
{
    QFETCH(QColor, colour);
    QFETCH(QColor, background);
    const double ratio = contrast(colour, background);
    QVERIFY2(ratio >= minContrast,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(colour.name(), background.name())
                            .arg(ratio, 0, 'f', 2)));
}

void tst_Icons::renderedIconContrast_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QColor>("background");
    for (const QString &file : iconFiles()) {
        for (const auto &[where, background] : backgrounds())
            QTest::addRow("%s on %s", qPrintable(file), qPrintable(where)) << file << background;
    }
}

// The most contrasting pixel of the icon drawn at toolbar size: an icon in a colour outside
// the table, or one too thin to cover a pixel, falls short.
void tst_Icons::renderedIconContrast()
{
    QFETCH(QString, file);
    QFETCH(QColor, background);
    QSvgRenderer renderer(iconDir().filePath(file));
    QVERIFY(renderer.isValid());
    const double ratio = strongestContrast(renderOn(renderer, background, 24), background);
    QVERIFY2(ratio >= minContrast,
             qPrintable(QStringLiteral("%1:1 at best").arg(ratio, 0, 'f', 2)));
}

void tst_Icons::nodeTypeIconExists_data()
{
    QTest::addColumn<QString>("icon");
    const auto &types = NodeRegistry::instance().types();
    QVERIFY(!types.empty());
    for (const NodeTypeInfo &info : types)
        QTest::newRow(info.type.c_str()) << QString::fromStdString(info.icon);
}

void tst_Icons::nodeTypeIconExists()
{
    QFETCH(QString, icon);
    QVERIFY2(!icon.isEmpty(), "the node type names no icon");
    QVERIFY2(iconDir().exists(icon + ".svg"), qPrintable(icon + ".svg is not in resources/icons"));
    QVERIFY(QSvgRenderer(QStringLiteral(":/icons/%1.svg").arg(icon)).isValid());
}

void tst_Icons::actionIconExists_data()
{
    QTest::addColumn<QString>("icon");
    for (const char *icon : actionIcons)
        QTest::newRow(icon) << QString::fromLatin1(icon);
}

// On disk, and compiled into weir_widgets' resource where the designer loads it from.
void tst_Icons::actionIconExists()
{
    QFETCH(QString, icon);
    QVERIFY2(iconDir().exists(icon + ".svg"), qPrintable(icon + ".svg is not in resources/icons"));
    QVERIFY(QSvgRenderer(QStringLiteral(":/icons/%1.svg").arg(icon)).isValid());
}

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
