#include "nodegeometry.h"

#include "noderegistry.h"

#include <QLineF>

namespace weir {

namespace {

bool near(QPointF a, QPointF b, qreal radius)
{
    return QLineF(a, b).length() <= radius;
}

} // namespace

NodeGeometry::NodeGeometry(const NodeTypeInfo *info)
{
    if (!info)
        return;
    m_hasInput = info->hasInput;
    for (const PortInfo &port : info->outputs)
        m_outputs << QString::fromStdString(port.name);
}

QRectF NodeGeometry::bodyRect() const
{
    const int rows = std::max<int>(1, int(m_outputs.size()));
    return {0, 0, kWidth, portsTop() + rows * kPortRowHeight + 6};
}

QRectF NodeGeometry::boundingRect() const
{
    const qreal out = kPortHitRadius;
    return bodyRect().adjusted(-out, -kBadgeHeight / 2 - 2, out, 4); // below: the shadow
}

QRectF NodeGeometry::iconRect() const
{
    return {12, 13, 24, 24};
}

QRectF NodeGeometry::titleRect() const
{
    return {46, 8, kWidth - 46 - 10, 19};
}

QRectF NodeGeometry::subtitleRect() const
{
    return {46, 27, kWidth - 46 - 10, 16};
}

QRectF NodeGeometry::figuresRect() const
{
    if (!m_showsFigures)
        return {};
    return {12, kCaptionHeight, kWidth - 24, kFigureLines * kFigureLineHeight};
}

QRectF NodeGeometry::badgeRect(int slot) const
{
    const qreal right = kWidth - 10 - slot * (kBadgeWidth + 4);
    return {right - kBadgeWidth, -kBadgeHeight / 2, kBadgeWidth, kBadgeHeight};
}

qreal NodeGeometry::portsTop() const
{
    return kCaptionHeight + (m_showsFigures ? kFigureLines * kFigureLineHeight + 6 : 0);
}

QPointF NodeGeometry::inputPort() const
{
    return {0, portsTop() + kPortRowHeight / 2};
}

QPointF NodeGeometry::outputPort(int index) const
{
    return {kWidth, portsTop() + (index + 0.5) * kPortRowHeight};
}

QPointF NodeGeometry::outputPort(const QString &port) const
{
    const int index = int(m_outputs.indexOf(port));
    return index < 0 ? inputPort() : outputPort(index);
}

QRectF NodeGeometry::outputLabelRect(int index) const
{
    const QPointF port = outputPort(index);
    return {kWidth / 2, port.y() - kPortRowHeight / 2, kWidth / 2 - 12, kPortRowHeight};
}

QRectF NodeGeometry::inputLabelRect() const
{
    const QPointF port = inputPort();
    return {12, port.y() - kPortRowHeight / 2, kWidth / 2 - 12, kPortRowHeight};
}

QString NodeGeometry::outputAt(QPointF point) const
{
    for (int i = 0; i < m_outputs.size(); ++i) {
        if (near(point, outputPort(i), kPortHitRadius))
            return m_outputs[i];
    }
    return {};
}

bool NodeGeometry::isOnInput(QPointF point) const
{
    return m_hasInput && near(point, inputPort(), kPortHitRadius);
}

} // namespace weir
