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

    void showPost(const review::PostDetail& post);
};

} // namespace custos::ui
