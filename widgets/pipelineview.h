#pragma once

#include <QGraphicsView>

namespace weir {

class PipelineOverview;
class PipelineScene;

// The canvas view: a grid background from the palette, zoom (Ctrl+wheel, zoomIn/Out
// around the cursor or the centre), pan (middle mouse or Space+drag), rubber-band
// selection on empty space, drops of node types from the palette, and a minimap in the
// bottom-right corner while the pipeline does not fit.
class PipelineView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal kMinZoom = 0.2;
    static constexpr qreal kMaxZoom = 3.0;

    explicit PipelineView(PipelineScene *scene, QWidget *parent = nullptr);

    PipelineScene *pipelineScene() const { return m_scene; }
    PipelineOverview *overview() const { return m_overview; }

    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView(); // every node with a margin, zoom capped at 1.0
    void centerOnNode(const QString &id);
    QPointF visibleCenter() const; // scene coordinates of the viewport centre
    QRectF visibleSceneRect() const;

signals:
    void zoomChanged(qreal zoom);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void zoomAround(qreal zoom, QPoint viewportPos);
    void updateOverview();

    PipelineScene *m_scene;
    PipelineOverview *m_overview;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace weir
