#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStringList>

class QPainter;
class QPalette;

namespace weir {

class NodeGeometry;

// What a node shows, gathered by the item for the painter.
struct NodeLook
{
    enum class Drop { None, Accepted, Refused }; // a connection drag over the input

    QString id;
    QString title; // the type's title
    QString category;
    QIcon icon;
    bool selected = false;
    bool hovered = false;
    QStringList problems;
    QStringList alerts; // monitor alerts firing on this node
    QStringList figures; // run figure lines; empty in the design look
    quint64 errors = 0;
    Drop drop = Drop::None;
};

// Paints a node from its geometry and look, in named steps. Colours come from the
// palette, so a node reads in light and dark themes; only the port kinds and the error
// state have fixed hues (red, amber), always together with a shape or a label.
class NodePainter
{
public:
    NodePainter(QPainter *painter, const NodeGeometry &geometry, const NodeLook &look,
                const QPalette &palette);

    void paint();

    static QColor portColor(const QString &port, const QPalette &palette);
    // The font of the type title under a node's id: 8.5 pt, smaller (down to 7 pt) for a
    // title that would not fit `width` otherwise (translations run longer); past that the
    // title is elided.
    static QFont subtitleFont(const QFont &base, const QString &title, qreal width);
    static QColor categoryColor(const QString &category);
    static QColor errorColor() { return QColor(0xd9, 0x3f, 0x3f); }
    static QColor warningColor() { return QColor(0xe8, 0xa2, 0x1b); }
    static QColor alertColor() { return QColor(0xc2, 0x18, 0x5b); }
    // The port marker: a circle for out, a diamond for errors, a square for late.
    static void drawPortShape(QPainter *painter, const QString &port, QPointF centre, qreal radius);

private:
    void drawBody();
    void drawCaption();
    void drawPorts();
    void drawFigures();
    void drawStatusBadge();
    enum class Sign { Error, Warning, Alert };
    void drawBadge(int slot, const QColor &colour, const QString &text, Sign sign);
    void drawSign(Sign sign, const QRectF &badge, const QColor &ink);

    QPainter *m_painter;
    const NodeGeometry &m_geometry;
    const NodeLook &m_look;
    const QPalette &m_palette;
};

} // namespace weir
