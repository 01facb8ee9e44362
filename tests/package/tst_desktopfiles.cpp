#include "toolrun.h"

#include <QDir>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString kAppId = "io.github.weir.Weir";

QString desktopDir()
{
    return QStringLiteral(WEIR_SOURCE_DIR "/installer/desktop/");
}

// The text of an XML file's first element called `name`, empty when there is none.
QString firstElementText(const QString &path, const QString &name,
                         QXmlStreamAttributes *attributes = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == name) {
            if (attributes)
                *attributes = xml.attributes();
            return xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
    }
    return {};
}

// groff's rendering as plain text: no overstriking, lines long enough never to break an
// option name, and hyphens as ASCII.
QString renderedManPage(const QString &page)
{
    QString text = runProgram("groff", {"-man", "-Tutf8", "-rLL=2000n", "-P-cbou", page}).out;
    return text.replace(QChar(0x2212), '-').replace(QChar(0x2010), '-');
}

bool mentions(const QString &text, const QString &option)
{
    return text.contains(QRegularExpression("(^|[^A-Za-z0-9-])"
                                            + QRegularExpression::escape(option)
                                            + "($|[^A-Za-z0-9-])"));
}

} // namespace

// What the package gives the desktop: the desktop entry, AppStream metainfo and MIME type
// pass the freedesktop validators, the PNG icons are rendered from the SVG at their sizes,
// and the man pages render cleanly and document every option the programs' --help prints.
class tst_DesktopFiles : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryValidates();
    void metainfoValidates();
    void mimeTypeMatchesPipelineFiles();
    void iconsRendered_data();
    void iconsRendered();
    void manPages_data();
    void manPages();
};

void tst_DesktopFiles::desktopEntryValidates()
{
    const QString path = desktopDir() + kAppId + ".desktop";
    const ToolRun r = runProgram("desktop-file-validate", {path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.trimmed().isEmpty() && r.err.trimmed().isEmpty(),
             qPrintable(r.out + r.err)); // no warnings or hints either
    QSettings entry(path, QSettings::IniFormat);
    entry.beginGroup("Desktop Entry");
    QCOMPARE(entry.value("Icon").toString(), kAppId);
    QCOMPARE(entry.value("Exec").toString(), QString("weir %F"));
    QVERIFY(entry.value("MimeType").toString().contains("application/x-weir-pipeline"));
}

void tst_DesktopFiles::metainfoValidates()
{
    const QString path = desktopDir() + kAppId + ".metainfo.xml";
    const ToolRun r = runProgram("appstreamcli", {"validate", "--no-net", path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    static const QRegularExpression problem("^[EW]: ", QRegularExpression::MultilineOption);
    QVERIFY2(!problem.match(r.out + r.err).hasMatch(), qPrintable(r.out + r.err));
    QCOMPARE(firstElementText(path, "id"), kAppId);
    QCOMPARE(firstElementText(path, "launchable"), kAppId + ".desktop");
    QXmlStreamAttributes release;
    firstElementText(path, "release", &release);
    QCOMPARE(release.value("version").toString(), QString(WEIR_VERSION));
    QXmlStreamAttributes rating;
    firstElementText(path, "content_rating", &rating);
    QVERIFY(rating.value("type").startsWith(QStringLiteral("oars-")));
}

// update-mime-database builds the database from the XML alone: *.weir.json maps to the type.
void tst_DesktopFiles::mimeTypeMatchesPipelineFiles()
{
    QTemporaryDir dir; // an XDG data dir: dir/mime/packages is the input
    QVERIFY(QDir(dir.path()).mkpath("mime/packages"));
    QVERIFY(QFile::copy(desktopDir() + kAppId + ".mime.xml",
                        dir.filePath("mime/packages/" + kAppId + ".xml")));
    QProcessEnvironment env = offscreenEnvironment();
    env.insert("XDG_DATA_HOME", dir.path()); // else it notes that dir is not searched
    const ToolRun r = runProgram("update-mime-database", {dir.filePath("mime")}, {}, 60000, env);
    QVERIFY2(r.exitCode == 0 && r.err.trimmed().isEmpty(), qPrintable(r.err));
    QFile globs(dir.filePath("mime/globs2"));
    QVERIFY(globs.open(QIODevice::ReadOnly));
    QVERIFY2(globs.readAll().contains(":application/x-weir-pipeline:*.weir.json"), "no glob");
}

void tst_DesktopFiles::iconsRendered_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        QTest::newRow(qPrintable(QString("%1x%1").arg(size))) << size;
}

// weir.svg is a rounded square with a gradient and a white W: the corners stay transparent,
// the middle is opaque, and there is white in it.
void tst_DesktopFiles::iconsRendered()
{
    QFETCH(int, size);
    const QString path = QString(WEIR_BINARY_DIR "/installer/icons/hicolor/%1x%1/apps/%2.png")
                             .arg(size)
                             .arg(kAppId);
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size - 1, size - 1)), 0);
    int opaque = 0;
    int whitish = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QRgb p = image.pixel(x, y);
            opaque += qAlpha(p) == 255;
            whitish += qAlpha(p) == 255 && qRed(p) > 200 && qGreen(p) > 200 && qBlue(p) > 200;
        }
    }
    QVERIFY2(opaque > size * size * 2 / 3, qPrintable(QString::number(opaque)));
    QVERIFY2(whitish > 0, "no white W");
    QVERIFY(whitish < opaque / 2);
}

void tst_DesktopFiles::manPages_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("binary");
    QTest::newRow("weir") << "weir" << WEIR_BINARY_DIR "/app/weir/weir";
    QTest::newRow("weir-run") << "weir-run" << WEIR_BINARY_DIR "/app/weir-run/weir-run";
    QTest::newRow("weir-broker") << "weir-broker"
                                 << WEIR_BINARY_DIR "/app/weir-broker/weir-broker";
}

void tst_DesktopFiles::manPages()
{
    QFETCH(QString, program);
    QFETCH(QString, binary);
    const QString page = QStringLiteral(WEIR_SOURCE_DIR "/installer/man/") + program + ".1";
    const ToolRun check = runProgram("groff", {"-man", "-Tutf8", "-ww", "-z", page});
    QVERIFY2(check.exitCode == 0 && check.err.isEmpty(), qPrintable(check.err));
    const QString text = renderedManPage(page);
    QVERIFY2(text.contains("NAME") && text.contains("SYNOPSIS") && text.contains("OPTIONS"),
             qPrintable(text));
    QVERIFY2(text.contains("Weir " WEIR_VERSION), "the footer names another version");

    const ToolRun help = runProgram(binary, {"--help"});
    QVERIFY2(help.exitCode == 0, qPrintable(help.err));
    const QStringList options = optionsNamed(help.out);
    QVERIFY2(options.size() >= 5, qPrintable(help.out));
    for (const QString &option : options)
        QVERIFY2(mentions(text, option), qPrintable(program + ".1 lacks " + option));
}

QTEST_GUILESS_MAIN(tst_DesktopFiles)
#include "tst_desktopfiles.moc"
