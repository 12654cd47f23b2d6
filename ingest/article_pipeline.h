// ArticlePipeline: `kg ingest --jobs N`'s analysis side. Worker threads read and analyse articles
// (decoding, sentences, grammar, entities, relations), each with an Ingestor of its
// own; next() hands the results back strictly in input order, so the one thread that writes them
// to the database stores exactly what a one-thread run would, in the same order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <thread>
#include <vector>

#include "graph/article_facts.h"
#include "ingest/article_source.h"
#include "ingest/ingestor.h"

namespace kg {

// One input's outcome: its facts, or what reading or analysing it threw (InputRefused,
// IngestError, or any other exception of a stage), to be rethrown by the writer.
struct AnalysedArticle {
  ArticleFacts facts;        // valid when error is null
  std::exception_ptr error;  // null on success
};

class ArticlePipeline {
 public:
  // `first` is the first worker's Ingestor: the caller builds it, so that a missing lexicon or
  // dictionary is reported before any work starts. The other workers (jobs - 1 of them, never
  // more than there are inputs) each build their own from first.options(), one at a time, while
  // the first already works. With jobs <= 1 there are no threads: next() reads and analyses on the
  // caller's thread. `explain` receives --explain's text; with several jobs each article's text is
  // collected by its worker and written by next(), so it comes out in input order too.
  ArticlePipeline(const std::vector<ArticleInput>& inputs, Ingestor& first, size_t jobs,
                  std::ostream* explain = nullptr);
  // Stops the workers (they finish the article at hand) and waits for them.
  ~ArticlePipeline();
  ArticlePipeline(const ArticlePipeline&) = delete;
  ArticlePipeline& operator=(const ArticlePipeline&) = delete;

  // The outcome of the next input in input order; waits until it is analysed. Call it once per
  // input.
  AnalysedArticle next();

  // Threads analysing (0 when next() does the work itself).
  size_t workers() const { return threads_.size(); }

 private:
  struct Outcome {
    AnalysedArticle article;
    std::string explanation;
  };
  void work(size_t worker);

  const std::vector<ArticleInput>& inputs_;
  Ingestor& first_;
  std::ostream* explain_;
  size_t window_;  // at most this many inputs are claimed beyond the one next() waits for

  std::mutex mutex_;                       // guards everything below
  std::condition_variable outcome_ready_;  // a worker stored an outcome
  std::condition_variable room_;           // next() took one, or stop
  size_t next_claim_ = 0;                  // the next input a worker takes
  size_t next_take_ = 0;                   // the next input next() returns
  bool stopping_ = false;
  std::map<size_t, Outcome> outcomes_;  // analysed, not yet taken
  std::mutex build_mutex_;              // workers build their Ingestors one at a time
  std::vector<std::thread> threads_;
};

// The default of --jobs: the number of cores the system reports (1 when it reports none).
size_t defaultIngestJobs();

}  // namespace kg
