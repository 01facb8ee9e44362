#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace weir {

// Help > About Weir: the version, and every library Weir is built on with its version and
// licence. "Copy Version Info" puts the same as plain text on the clipboard, for bug reports.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The version and the libraries as plain text, one per line.
    QString versionReport() const;

private:
    void fillLibraries();
    void showNotice(int row);

    QTableWidget *m_libraries = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace weir
