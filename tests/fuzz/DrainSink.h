// An import sink for the fuzz targets: takes every record as the import would (the
// reactions and files serialised to JSON, as they are stored) and keeps nothing, so that
// no input leaves state for the next.
#pragma once

#include "ingest/ImportRecords.h"

#include <QJsonDocument>

namespace custos::fuzz {

class DrainSink final : public ingest::ImportSink
{
public:
    Status person(const ingest::PersonRecord& p) override
    {
        touch(p.platformId + p.name + p.displayName + p.email + p.department);
        return Status::success();
    }
    Status channel(const ingest::ChannelRecord& c) override
    {
        touch(c.platformId + c.name + c.kind + c.topic);
        return Status::success();
    }
    Status post(const ingest::PostRecord& p, const ingest::Position& at) override
    {
        touch(p.channelId + p.messageId + p.authorId + p.postedAt + p.threadId + p.text + p.editedAt +
              p.deletedAt + p.subtype + p.previousText + at.file);
        m_size += QJsonDocument(p.reactions).toJson(QJsonDocument::Compact).size();
        m_size += QJsonDocument(p.files).toJson(QJsonDocument::Compact).size();
        return Status::success();
    }
    Status event(const ingest::EventRecord& e, const ingest::Position& at) override
    {
        touch(e.channelId + e.eventId + e.kind + e.actorId + e.occurredAt + e.detail + at.file);
        return Status::success();
    }
    void skipped(const ingest::Position& at, const QString& reason) override { touch(at.file + reason); }
    bool keepGoing() override { return true; }

    qsizetype size() const { return m_size; }

private:
    void touch(const QString& text) { m_size += text.toUtf8().size(); }
    qsizetype m_size = 0;
};

} // namespace custos::fuzz
