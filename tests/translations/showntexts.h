#pragma once

#include <QList>
#include <QString>

class QWidget;

// A text a person can read in a window: where it is shown and what it says.
struct ShownText
{
    QString where; // "QLabel 'notice'", "action 'Run'", "header of 'libraries'"
    QString text;
    bool qtOwn = false; // a part of Qt (dock buttons, standard dialog buttons), in Qt's catalogue
};

// Every text under `root`, shown or one click away: labels, buttons, group and tab titles,
// placeholders, tooltips, accessible names, dock titles, menus and actions, item-view
// headers and the items of trees and lists.
QList<ShownText> shownTexts(QWidget *root);
