// The post selected in the review queue, as rich text: its matched spans highlighted, its
// flags, reactions, earlier versions, the posts around it and its decision history.
#pragma once

#include <QTextBrowser>

namespace custos::review {
struct PostDetail;
}

namespace custos::ui {

class PostDetailView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PostDetailView(QWidget* parent = nullptr);

    // `authorRecord`: the author's earlier confirmed flags and open cases (HTML), shown under
    // the author's name for those who work cases.
    void showPost(const review::PostDetail& post, const QString& authorRecord = {});
};

} // namespace custos::ui
