#pragma once

#include <QStringList>

class QWidget;

// The texts under `root` that are cut off as laid out now: a label narrower than its text,
// a button narrower than its size hint, a tab narrower than its title, a toolbar or menu
// bar that had to hide entries. Only what is shown counts. Each entry says which and by
// how many pixels.
QStringList clippedTexts(QWidget *root);
