#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>

// Runs a program to its end and collects its exit code and output (exitCode -1: it did not
// start, crashed or timed out).
struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// weir needs a Qt platform even for --help: offscreen, as CTest sets, also when the test
// program runs on its own.
inline QProcessEnvironment offscreenEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    return env;
}

inline ToolRun runProgram(const QString &program, const QStringList &args,
                          const QString &workDir = {}, int timeoutMs = 120000,
                          const QProcessEnvironment &env = offscreenEnvironment())
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessEnvironment(env);
    process.start(program, args);
    ToolRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = process.error() == QProcess::FailedToStart ? "cannot start " + program
                                                                : "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The options a --help output names (-h, --scratch-dir, ...), each once, in order.
inline QStringList optionsNamed(const QString &help)
{
    static const QRegularExpression option(R"((?:^|[\s,\[(])(--?[A-Za-z][A-Za-z0-9-]*))");
    QStringList options;
    for (auto it = option.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!options.contains(name))
            options << name;
    }
    return options;
}
