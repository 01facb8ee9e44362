#include "documentcontroller.h"

#include "pipelineeditor.h"
#include "pipelinefile.h"
#include "pipelinemodel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QWidget>

namespace weir {

namespace {

const char kRecentKey[] = "files/recent";
const char kFilter[] = QT_TRANSLATE_NOOP("weir::DocumentController",
                                         "Weir pipelines (*.weir.json);;JSON files (*.json);;"
                                         "All files (*)");

} // namespace

DocumentController::DocumentController(PipelineEditor *editor, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_window(window)
{
    connect(editor->undoStack(), &QUndoStack::cleanChanged, this,
            &DocumentController::documentChanged);
    connect(editor->model(), &PipelineModel::pipelineSettingsChanged, this,
            &DocumentController::documentChanged);
}

bool DocumentController::isModified() const
{
    return !m_editor->undoStack()->isClean();
}

QString DocumentController::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    const QString name = m_editor->model()->pipelineSettings().name;
    return name.isEmpty() ? tr("Untitled") : tr("%1 (unsaved)").arg(name);
}

QString DocumentController::open(const QString &path)
{
    if (const QString error = m_editor->openFile(path); !error.isEmpty())
        return fail(tr("Could not open %1").arg(QFileInfo(path).fileName()), error);
    setPath(QFileInfo(path).absoluteFilePath());
    remember(m_path);
    return {};
}

QString DocumentController::openTemplate(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not open the template"), file.errorString());
    const QByteArray text = file.readAll();
    if (const QString error = m_editor->openText(text.toStdString()); !error.isEmpty())
        return fail(tr("Could not open the template"), error);
    setPath({});
    return {};
}

QString DocumentController::save()
{
    return m_path.isEmpty() ? tr("The document has no file yet: use Save As.") : saveAs(m_path);
}

QString DocumentController::saveAs(const QString &path)
{
    QSaveFile file(path);
    const std::string text = m_editor->model()->toFileText();
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
        return fail(tr("Could not save %1").arg(QFileInfo(path).fileName()), file.errorString());
    m_editor->undoStack()->setClean();
    setPath(QFileInfo(path).absoluteFilePath());
    remember(m_path);
    return {};
}

void DocumentController::newDocument()
{
    m_editor->newDocument();
    setPath({});
}

bool DocumentController::openWithDialog()
{
    if (!maybeSave())
        return false;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open pipeline"),
                                                      dialogDirectory(), tr(kFilter));
    return !path.isEmpty() && open(path).isEmpty();
}

bool DocumentController::saveWithDialog()
{
    return m_path.isEmpty() ? saveAsWithDialog() : save().isEmpty();
}

bool DocumentController::saveAsWithDialog()
{
    QString suggested = m_path;
    if (suggested.isEmpty()) {
        QString name = m_editor->model()->pipelineSettings().name;
        suggested = QDir(dialogDirectory())
                        .filePath((name.isEmpty() ? QStringLiteral("pipeline") : name)
                                  + QStringLiteral(".weir.json"));
    }
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Save pipeline as"), suggested, tr(kFilter));
    return !path.isEmpty() && saveAs(path).isEmpty();
}

bool DocumentController::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 has unsaved changes. Save them first?").arg(displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveWithDialog();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QStringList DocumentController::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentController::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    emit recentFilesChanged();
}

QStringList DocumentController::templates()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/templates"));
    for (const QString &name : dir.entryList({QStringLiteral("*.weir.json")}, QDir::Files))
        paths.append(dir.filePath(name));
    return paths;
}

QString DocumentController::templateDescription(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    try {
        return QString::fromStdString(loadPipeline(file.readAll().toStdString()).description);
    } catch (const std::exception &) {
        return {};
    }
}

QString DocumentController::workingDirectory() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).absolutePath();
    QString dir = m_scratchDirectory;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/scratch");
    QDir().mkpath(dir);
    return QFileInfo(dir).absoluteFilePath();
}

QString DocumentController::fail(const QString &title, const QString &error)
{
    // Window-modal but not blocking, so the event loop (and a running engine's figures)
    // keep going; tests find it by object name.
    auto *box = new QMessageBox(QMessageBox::Warning, title, error, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("documentError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return error;
}

void DocumentController::setPath(const QString &path)
{
    m_path = path;
    emit documentChanged();
}

void DocumentController::remember(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    emit recentFilesChanged();
}

QString DocumentController::dialogDirectory() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).absolutePath();
    const QStringList recent = recentFiles();
    return recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
}

} // namespace weir
