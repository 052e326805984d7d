#pragma once

#include <QMessageBox>

namespace bgtm {

/// Modal questions and notices, with a test seam (KeePassXC's MessageBox::setNextAnswer): when an answer is
/// queued, the box is not shown and the queued answer is returned. Tests queue answers before triggering actions.
class MessageBox
{
public:
    /// A question whose yes button names what it does ("Revoke 3 tokens", "Delete"), so that nobody has to reread
    /// the text to know what "Yes" would do; Cancel is the default. True when the action was chosen (a queued
    /// QMessageBox::Yes; any other queued answer declines).
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    /// Queue the answer for the next box (FIFO). NoButton clears the queue.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Text of the last box that was asked or shown, for tests to check what the user would have read.
    [[nodiscard]] static QString lastText();
    /// How many boxes were requested since start (shown or pre-answered).
    [[nodiscard]] static int count();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace bgtm
