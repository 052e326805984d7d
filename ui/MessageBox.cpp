#include "MessageBox.h"

#include <QList>
#include <QPushButton>

namespace bgtm {

namespace {
QList<QMessageBox::StandardButton> s_answers;
QString s_lastText;
int s_count = 0;
} // namespace

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    ++s_count;
    if (!s_answers.isEmpty())
        return s_answers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText); // server text is shown verbatim, never as markup
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    s_lastText = text;
    ++s_count;
    if (!s_answers.isEmpty())
        return s_answers.takeFirst() == QMessageBox::Yes;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setTextFormat(Qt::PlainText); // labels and server text are shown verbatim, never as markup
    const QAbstractButton *chosen = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == chosen;
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    if (answer == QMessageBox::NoButton)
        s_answers.clear();
    else
        s_answers.append(answer);
}

QString MessageBox::lastText()
{
    return s_lastText;
}
int MessageBox::count()
{
    return s_count;
}

} // namespace bgtm
