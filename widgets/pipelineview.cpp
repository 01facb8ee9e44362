#include "pipelineview.h"

#include "nodemimetype.h"
#include "pipelineeditor.h"
#include "pipelineoverview.h"
#include "pipelinescene.h"

#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace weir {

namespace {

constexpr int kMajorEvery = 5; // grid cells between major lines
constexpr int kOverviewMargin = 12;

QColor gridColour(const QPalette &palette, int alpha)
{
    QColor colour = palette.color(QPalette::WindowText);
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

PipelineView::PipelineView(PipelineScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_overview(new PipelineOverview(this))
{
    setAccessibleName(tr("Pipeline canvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    // Run figures change many small regions 30 times a second: repaint only those, over a
    // cached grid (a full repaint of a large canvas costs ~20 ms on the GUI thread).
    setViewportUpdateMode(SmartViewportUpdate);
    setCacheMode(CacheBackground);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    m_overview->hide();
    connect(scene, &QGraphicsScene::changed, this, &PipelineView::updateOverview);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &PipelineView::updateOverview);
}

qreal PipelineView::zoom() const
{
    return transform().m11();
}

void PipelineView::setZoom(qreal zoom)
{
    zoomAround(zoom, viewport()->rect().center());
}

void PipelineView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void PipelineView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void PipelineView::resetZoom()
{
    setZoom(1.0);
}

void PipelineView::zoomAround(qreal zoom, QPoint viewportPos)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const qreal before = this->zoom();
    const QPointF anchor = mapToScene(viewportPos);
    setTransform(QTransform::fromScale(zoom, zoom));
    const QPointF drift = mapFromScene(anchor) - QPointF(viewportPos);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    updateOverview();
    if (!qFuzzyCompare(before, zoom))
        emit zoomChanged(zoom);
}

void PipelineView::fitToView()
{
    const QRectF nodes = m_scene->nodesBoundingRect().adjusted(-40, -40, 40, 40);
    if (nodes.isEmpty()) {
        resetZoom();
        return;
    }
    const QSizeF viewport = this->viewport()->size();
    const qreal fit
        = std::min(viewport.width() / nodes.width(), viewport.height() / nodes.height());
    const qreal before = zoom();
    const qreal zoom = std::clamp(std::min(fit, 1.0), kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    centerOn(nodes.center());
    updateOverview();
    if (!qFuzzyCompare(before, zoom))
        emit zoomChanged(zoom);
}

void PipelineView::centerOnNode(const QString &id)
{
    const QRectF rect = m_scene->nodeRect(id);
    if (!rect.isNull())
        centerOn(rect.center());
}

QPointF PipelineView::visibleCenter() const
{
    return mapToScene(viewport()->rect().center());
}

QRectF PipelineView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void PipelineView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Window));
    const qreal grid = PipelineScene::kGridSize;
    const bool minor = zoom() >= 0.5;
    const qreal step = minor ? grid : grid * kMajorEvery;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QLineF> minorLines;
    QVector<QLineF> majorLines;
    const auto isMajor = [grid](qreal at) { return std::llround(at / grid) % kMajorEvery == 0; };
    for (qreal x = left; x <= rect.right(); x += step)
        (isMajor(x) ? majorLines : minorLines) << QLineF(x, rect.top(), x, rect.bottom());
    for (qreal y = top; y <= rect.bottom(); y += step)
        (isMajor(y) ? majorLines : minorLines) << QLineF(rect.left(), y, rect.right(), y);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(gridColour(palette(), 12), 0));
    painter->drawLines(minorLines);
    painter->setPen(QPen(gridColour(palette(), 26), 0));
    painter->drawLines(majorLines);
    painter->restore();
}

void PipelineView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal factor = std::pow(1.0015, event->angleDelta().y());
    zoomAround(zoom() * factor, event->position().toPoint());
    event->accept();
}

void PipelineView::mousePressEvent(QMouseEvent *event)
{
    const bool pan
        = event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (!pan) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_panning = true;
    m_panFrom = event->position().toPoint();
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void PipelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->position().toPoint() - m_panFrom;
    m_panFrom = event->position().toPoint();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    event->accept();
}

void PipelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_panning = false;
    if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
    event->accept();
}

void PipelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PipelineView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void PipelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kNodeTypeMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void PipelineView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kNodeTypeMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void PipelineView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1String(kNodeTypeMimeType))) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QString type
        = QString::fromUtf8(event->mimeData()->data(QLatin1String(kNodeTypeMimeType)));
    const QPointF at = m_scene->snapped(mapToScene(event->position().toPoint()));
    const QString id = m_scene->editor()->addNode(type, at);
    if (!id.isEmpty())
        m_scene->selectNodes({id});
    event->acceptProposedAction();
    setFocus();
}

void PipelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateOverview();
}

void PipelineView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateOverview();
}

void PipelineView::updateOverview()
{
    if (!scene()) // the scene is being destroyed (QGraphicsScene detaches its views)
        return;
    // About a fifth of the viewport's width, at the proportions of a wide pipeline.
    const QRect area = viewport()->geometry();
    const int width = std::clamp(area.width() / 5, 120, 220);
    const QSize size(width, width * 5 / 8);
    m_overview->setGeometry(
        QRect(area.bottomRight()
                  - QPoint(size.width() + kOverviewMargin, size.height() + kOverviewMargin),
              size));
    m_overview->setVisible(m_overview->isNeeded());
    m_overview->raise();
    m_overview->update();
}

} // namespace weir
