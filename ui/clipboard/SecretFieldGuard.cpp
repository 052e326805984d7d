#include "SecretFieldGuard.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>

#include <array>
#include <utility>

namespace bgtm {
namespace {

bool selects(const QKeyEvent *key)
{
    static constexpr std::array kSelectionKeys {
        QKeySequence::SelectAll,           QKeySequence::SelectNextChar,     QKeySequence::SelectPreviousChar,
        QKeySequence::SelectNextWord,      QKeySequence::SelectPreviousWord, QKeySequence::SelectStartOfLine,
        QKeySequence::SelectEndOfLine,     QKeySequence::SelectStartOfBlock, QKeySequence::SelectEndOfBlock,
        QKeySequence::SelectNextLine,      QKeySequence::SelectPreviousLine, QKeySequence::SelectStartOfDocument,
        QKeySequence::SelectEndOfDocument,
    };
    for (const QKeySequence::StandardKey standard : kSelectionKeys) {
        if (key->matches(standard))
            return true;
    }
    return false;
}

} // namespace

SecretFieldGuard::SecretFieldGuard(QLineEdit *field, std::function<void()> copy)
    : QObject(field), m_field(field), m_copy(std::move(copy))
{
    m_field->setContextMenuPolicy(Qt::NoContextMenu); // the owner offers its own Copy button
    m_field->setDragEnabled(false);
    m_field->installEventFilter(this);
}

bool SecretFieldGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        // A click still focuses the field; it never starts a selection (nor a word or line one).
        m_field->setFocus(Qt::MouseFocusReason);
        return true;
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
        return true;
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            if (m_copy)
                m_copy();
            return true;
        }
        return selects(key);
    }
    default:
        return false;
    }
}

} // namespace bgtm
