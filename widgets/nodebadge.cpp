#include "nodebadge.h"
#include "catalogtext.h"

#include "nodeicon.h"
#include "noderegistry.h"

#include <QPainter>

namespace weir {

namespace {

QColor categoryColor(const std::string &category)
{
    if (category == "source")
        return QColor(0x1e, 0x88, 0xe5);
    if (category == "transform")
        return QColor(0x8e, 0x5c, 0xd9);
    if (category == "window")
        return QColor(0xef, 0x8a, 0x17);
    if (category == "sink")
        return QColor(0x2e, 0x9d, 0x5b);
    return QColor(0x80, 0x80, 0x80);
}

QPixmap badge(const NodeTypeInfo &info, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(categoryColor(info.category));
    const qreal margin = size / 12.0;
    painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin),
                            size / 5.0, size / 5.0);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.5));
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QString letter = catalogText(info.title).left(1).toUpper();
    painter.drawText(pixmap.rect(), Qt::AlignCenter, letter);
    return pixmap;
}

} // namespace

QIcon nodeIconOrBadge(const QString &type)
{
    QIcon icon = nodeIcon(type);
    if (!icon.isNull())
        return icon;
    const NodeTypeInfo *info = NodeRegistry::instance().find(type.toStdString());
    if (!info)
        return {};
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(badge(*info, size));
    return icon;
}

} // namespace weir
