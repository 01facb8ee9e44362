// weir: the desktop designer. Opens a pipeline file or a template, optionally runs it.
//   weir [FILE] [--template NAME] [--run] [--scratch-dir DIR] [--theme system|light|dark]
//        [--language CODE] [--select NODE] [--screenshot PNG [--screenshot-after SECONDS]]
#include "documentcontroller.h"
#include "enginecontroller.h"
#include "language.h"
#include "mainwindow.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "runsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

using namespace weir;

namespace {

// Saves the window to `path` once the run has gone on for `seconds` (at once when
// nothing runs), then quits: how docs/ gets its screenshots from the real app.
void screenshotWhenReady(MainWindow *window, const QString &path, double seconds)
{
    auto take = [window, path] {
        window->view()->fitToView();
        // The monitor's lines are drawn on pool threads: let the last ones arrive.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        if (!window->grab().save(path))
            std::fprintf(stderr, "weir: cannot write %s\n", qPrintable(path));
        QTimer::singleShot(0, window, [window] {
            if (window->engine()->isActive())
                window->engine()->stop();
            QApplication::quit();
        });
    };
    if (!window->engine()->isActive()) {
        QTimer::singleShot(500, window, take); // let the first layout and paint settle
        return;
    }
    QObject::connect(window->engine(), &EngineController::snapshot, window,
                     [take, seconds, done = false](const MetricsSnapshot &s) mutable {
                         if (!done && s.state == RunState::Running && s.elapsedSeconds >= seconds) {
                             done = true;
                             take();
                         }
                     });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Weir"));
    QApplication::setOrganizationName(QStringLiteral("Weir"));
    QApplication::setApplicationVersion(QStringLiteral(WEIR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/weir.svg")));
    // Lets Wayland docks and task bars match the window with the installed desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.weir.Weir"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Weir: design, run and watch data pipelines."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("file", QApplication::translate("main", "A *.weir.json to open."));
    const QCommandLineOption templateOption(
        "template", QApplication::translate("main", "Open a template (e.g. user_events)."), "name");
    const QCommandLineOption runOption("run", QApplication::translate("main", "Start running."));
    const QCommandLineOption scratchOption(
        "scratch-dir",
        QApplication::translate("main", "Where unsaved pipelines write their relative paths."),
        "dir");
    const QCommandLineOption screenshotOption(
        "screenshot", QApplication::translate("main", "Save the window as PNG, then quit."), "png");
    const QCommandLineOption afterOption(
        "screenshot-after",
        QApplication::translate("main", "Seconds of running before the screenshot."), "seconds",
        "5");
    const QCommandLineOption themeOption(
        "theme", QApplication::translate("main", "Colours for this session: system, light, dark."),
        "name");
    const QCommandLineOption languageOption(
        "language",
        QApplication::translate("main", "Language of the window: system, en, de, fr, es, ja, "
                                        "zh_CN (default: as chosen in View > Language)."),
        "code");
    const QCommandLineOption selectOption(
        "select", QApplication::translate("main", "Select a node and show its properties."), "id");
    parser.addOptions({templateOption, runOption, scratchOption, themeOption, languageOption,
                       selectOption, screenshotOption, afterOption});
    parser.process(app);
    installTranslations(&app, parser.isSet(languageOption) ? parser.value(languageOption)
                                                           : languageSetting());

    MainWindow window;
    if (parser.isSet(scratchOption))
        window.document()->setScratchDirectory(QDir(parser.value(scratchOption)).absolutePath());
    if (parser.isSet(themeOption))
        window.setTheme(parser.value(themeOption), false);
    window.show();
    QString error;
    if (parser.isSet(templateOption))
        error = window.document()->openTemplate(
            QStringLiteral(":/templates/%1.weir.json").arg(parser.value(templateOption)));
    else if (!parser.positionalArguments().isEmpty())
        error = window.document()->open(parser.positionalArguments().first());
    if (!error.isEmpty())
        std::fprintf(stderr, "weir: %s\n", qPrintable(error));
    window.view()->fitToView();
    if (parser.isSet(selectOption))
        window.scene()->selectNodes({parser.value(selectOption)});
    if (error.isEmpty() && parser.isSet(runOption))
        window.session()->run();
    if (parser.isSet(screenshotOption))
        screenshotWhenReady(&window, parser.value(screenshotOption),
                            parser.value(afterOption).toDouble());
    return QApplication::exec();
}
