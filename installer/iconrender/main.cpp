// weir-iconrender: renders an SVG into square PNGs of the given sizes, for the hicolor icon
// theme. Build-time only (the PNGs are build outputs, the SVG is the source).
//   weir-iconrender SVG OUTDIR NAME SIZE...   writes OUTDIR/SIZExSIZE/NAME.png
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

bool renderPng(QSvgRenderer &svg, int size, const QString &path)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return QDir().mkpath(QFileInfo(path).absolutePath()) && image.save(path, "PNG");
}

} // namespace

int main(int argc, char *argv[])
{
    // No window system needed: QPainter on a QImage is the raster engine, and the icon
    // has no text, so no fonts.
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: weir-iconrender SVG OUTDIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "weir-iconrender: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (const QString &sizeText : args.mid(4)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        const QString path =
            QStringLiteral("%1/%2x%2/%3.png").arg(args.at(2)).arg(size).arg(args.at(3));
        if (!ok || size <= 0 || !renderPng(svg, size, path)) {
            std::fprintf(stderr, "weir-iconrender: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
