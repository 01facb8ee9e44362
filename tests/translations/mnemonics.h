#pragma once

#include <QStringList>

class QMainWindow;

// Mnemonics (Alt+letter) used twice where both are reachable at once: in the menu bar, in
// one menu, or among the buttons and labelled fields shown together in one panel (dock).
// Each entry names the place, the letter and the two texts.
QStringList mnemonicClashes(QMainWindow *window);
