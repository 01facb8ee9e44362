#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace weir {

class PipelineEditor;

// The open document's file: where it lives, whether it has unsaved changes, and the
// New / Open / Save / Save As / template / recent-files operations with their dialogs.
// It reads and writes exactly the *.weir.json of weir-run through the model.
//
// "Dirty" is the undo stack leaving its clean index, so undoing back to the saved state
// clears the marker. A file that fails to open shows its problems and leaves the current
// document untouched.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 10;

    DocumentController(PipelineEditor *editor, QWidget *window);

    QString path() const { return m_path; } // empty: untitled
    bool isModified() const;
    QString displayName() const; // file name, or the pipeline's name for untitled

    // Each returns an empty string on success, else the error it also showed the user.
    QString open(const QString &path);
    QString openTemplate(const QString &resourcePath);
    QString save();
    QString saveAs(const QString &path);
    void newDocument();

    // With dialogs: ask for a file; false when the user cancelled or it failed.
    bool openWithDialog();
    bool saveWithDialog(); // Save As when untitled
    bool saveAsWithDialog();
    // Before the document is replaced or the window closes: with unsaved changes, ask to
    // save, discard or cancel. True when it is fine to go on.
    bool maybeSave();

    QStringList recentFiles() const;
    void clearRecentFiles();
    // The templates shipped in the application (resource paths), by file name.
    static QStringList templates();
    // A template's description, from its file ("" when unreadable).
    static QString templateDescription(const QString &resourcePath);
    // The directory an untitled document's relative paths (SQLite files...) resolve in.
    void setScratchDirectory(const QString &directory) { m_scratchDirectory = directory; }
    // Where the document's relative paths resolve: its own directory, or the scratch one.
    QString workingDirectory() const;

signals:
    void documentChanged(); // path, name or modified state changed: update the title
    void recentFilesChanged();

private:
    QString fail(const QString &title, const QString &error);
    void setPath(const QString &path);
    void remember(const QString &path);
    QString dialogDirectory() const;

    PipelineEditor *m_editor;
    QWidget *m_window;
    QString m_path;
    QString m_scratchDirectory;
};

} // namespace weir
