#pragma once

#include <QObject>

#include <functional>

class QLineEdit;

namespace bgtm {

/// Keeps a QLineEdit that shows a secret (masked or revealed) from handing it out the default way: a selection is
/// the X11 PRIMARY selection (pasted by a middle click anywhere, unmarked, never cleared), and Ctrl+C or the context
/// menu's Copy put plain text on the clipboard. So the field cannot be selected by mouse or keyboard, has no context
/// menu, and Copy or Cut in it calls `copy`: the owner's SecretClipboard, which marks the text and clears it.
/// It stays focusable, so that keyboard and screen-reader users reach it. Parented to the field.
class SecretFieldGuard : public QObject
{
    Q_OBJECT
public:
    SecretFieldGuard(QLineEdit *field, std::function<void()> copy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    std::function<void()> m_copy;
};

} // namespace bgtm
