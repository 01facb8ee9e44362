#include "pipelineoverview.h"

#include "nodeitem.h"
#include "nodepainter.h"
#include "noderegistry.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"
#include "pipelineview.h"

#include <QMouseEvent>
#include <QPainter>

namespace weir {

namespace {

constexpr qreal kPadding = 8;

} // namespace

PipelineOverview::PipelineOverview(PipelineView *view)
    : QWidget(view)
    , m_view(view)
{
    setAccessibleName(tr("Pipeline overview"));
    setToolTip(tr("Overview: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
}

bool PipelineOverview::isNeeded() const
{
    const QRectF nodes = m_view->pipelineScene()->nodesBoundingRect();
    return !nodes.isEmpty() && !m_view->visibleSceneRect().contains(nodes);
}

QRectF PipelineOverview::overviewSceneRect() const
{
    const QRectF nodes = m_view->pipelineScene()->nodesBoundingRect();
    return (nodes | m_view->visibleSceneRect()).adjusted(-20, -20, 20, 20);
}

QTransform PipelineOverview::sceneToWidget() const
{
    const QRectF scene = overviewSceneRect();
    const QRectF area = QRectF(rect()).adjusted(kPadding, kPadding, -kPadding, -kPadding);
    if (scene.isEmpty() || area.isEmpty())
        return {};
    const qreal scale = std::min(area.width() / scene.width(), area.height() / scene.height());
    const QPointF offset = area.center() - scene.center() * scale;
    return QTransform(scale, 0, 0, scale, offset.x(), offset.y());
}

void PipelineOverview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor background = palette().color(QPalette::Base);
    background.setAlpha(235);
    QColor border = palette().color(QPalette::WindowText);
    border.setAlpha(60);
    painter.setPen(QPen(border, 1));
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const QTransform transform = sceneToWidget();
    const PipelineScene *scene = m_view->pipelineScene();
    painter.setPen(Qt::NoPen);
    for (const PipelineNode &node : scene->model()->nodes()) {
        const NodeItem *item = scene->nodeItem(node.id);
        const NodeTypeInfo *info = item ? item->typeInfo() : nullptr;
        QColor colour
            = NodePainter::categoryColor(info ? QString::fromStdString(info->category) : QString());
        if (item && item->hasErrors())
            colour = NodePainter::errorColor();
        painter.setBrush(colour);
        painter.drawRoundedRect(transform.mapRect(scene->nodeRect(node.id)), 1.5, 1.5);
    }
    QColor frame = palette().color(QPalette::Highlight);
    painter.setPen(QPen(frame, 1.5));
    frame.setAlpha(30);
    painter.setBrush(frame);
    painter.drawRect(transform.mapRect(m_view->visibleSceneRect()));
}

void PipelineOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centreViewAt(event->position());
}

void PipelineOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
}

void PipelineOverview::centreViewAt(QPointF widgetPos)
{
    m_view->centerOn(sceneToWidget().inverted().map(widgetPos));
}

} // namespace weir
