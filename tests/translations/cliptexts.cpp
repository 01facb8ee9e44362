#include "cliptexts.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QListView>
#include <QTreeView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTabBar>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

namespace {

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 '%2' \"%3\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

QString plain(const QString &text)
{
    QString shown = text;
    shown.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return shown;
}

// The width a label's text needs on one line; rich text as laid out by its document.
int neededWidth(const QLabel *label)
{
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setHtml(label->text());
        document.setDocumentMargin(0);
        return int(document.idealWidth());
    }
    int widest = 0;
    for (const QString &line : plain(label->text()).split(QLatin1Char('\n')))
        widest = qMax(widest, label->fontMetrics().horizontalAdvance(line));
    return widest;
}

void checkLabel(const QLabel *label, QStringList &clipped)
{
    if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
        return;
    const int lack = neededWidth(label) - label->contentsRect().width() - 1;
    if (lack > 0)
        clipped << describe(label, label->text()) + QStringLiteral(" lacks %1 px").arg(lack);
}

void checkButton(const QAbstractButton *button, QStringList &clipped)
{
    if (button->text().isEmpty())
        return;
    const bool checked = qobject_cast<const QPushButton *>(button)
                         || qobject_cast<const QCheckBox *>(button)
                         || qobject_cast<const QRadioButton *>(button)
                         || (qobject_cast<const QToolButton *>(button)
                             && static_cast<const QToolButton *>(button)->toolButtonStyle()
                                    != Qt::ToolButtonIconOnly);
    if (!checked)
        return;
    const int lack = button->sizeHint().width() - button->width();
    if (lack > 0)
        clipped << describe(button, button->text()) + QStringLiteral(" lacks %1 px").arg(lack);
}

void checkTabs(const QTabBar *tabs, QStringList &clipped)
{
    for (int i = 0; i < tabs->count(); ++i) {
        const int text = tabs->fontMetrics().horizontalAdvance(plain(tabs->tabText(i)));
        const int icon = tabs->tabIcon(i).isNull() ? 0 : tabs->iconSize().width() + 4;
        const int lack = text + icon - tabs->tabRect(i).width();
        if (lack > 0)
            clipped << describe(tabs, tabs->tabText(i)) + QStringLiteral(" lacks %1 px").arg(lack);
    }
}

// A column title wider than its column is cut (the header draws it elided or clipped).
void checkHeader(const QHeaderView *header, QStringList &clipped)
{
    const QAbstractItemModel *model = header->model();
    if (!model || header->orientation() != Qt::Horizontal)
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || header->sectionSize(section) <= 0)
            continue;
        const QString title = model->headerData(section, Qt::Horizontal).toString();
        const int lack = header->fontMetrics().horizontalAdvance(title) + 2 * margin
                         - header->sectionSize(section);
        if (lack > 0)
            clipped << describe(header->parentWidget(), title)
                           + QStringLiteral(" column lacks %1 px").arg(lack);
    }
}

// A one-column list or tree (a palette, a list of choices) whose widest item is wider
// than the view shows it elided.
void checkList(const QAbstractItemView *view, QStringList &clipped)
{
    const auto *tree = qobject_cast<const QTreeView *>(view);
    const bool oneColumn = (tree && (tree->isHeaderHidden() || view->model()->columnCount() == 1))
                           || qobject_cast<const QListView *>(view);
    if (!oneColumn || !view->model() || view->model()->columnCount() != 1)
        return;
    const int lack = view->sizeHintForColumn(0) - view->viewport()->width();
    if (lack > 0)
        clipped << describe(view, QString()) + QStringLiteral(" items lack %1 px").arg(lack);
}

// Texts drawn as graphics items (a chart's titles, axis labels and legend) are elided with
// "..." where they do not fit.
void checkScene(const QGraphicsView *view, QStringList &clipped)
{
    if (!view->scene())
        return;
    for (const QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        if (text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026)))
            clipped << QStringLiteral("%1 '%2' draws \"%3\"")
                           .arg(QString::fromLatin1(view->metaObject()->className()),
                                view->parentWidget() ? view->parentWidget()->objectName()
                                                     : QString(),
                                text);
    }
}

} // namespace

QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        if (widget->objectName() == QLatin1String("qt_toolbar_ext_button")
            || widget->objectName() == QLatin1String("qt_menubar_ext_button"))
            clipped << QStringLiteral("%1 hides entries behind its » button")
                           .arg(QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
        else if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label, clipped);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            checkButton(button, clipped);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            checkTabs(tabs, clipped);
        else if (auto *view = qobject_cast<QGraphicsView *>(widget))
            checkScene(view, clipped);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            checkHeader(header, clipped);
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            checkList(view, clipped);
    }
    clipped.removeDuplicates();
    return clipped;
}
