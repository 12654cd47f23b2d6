#include "ingest/article_pipeline.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>

namespace kg {
namespace {

// Reads and analyses one input; whatever either step throws is kept for the writer.
AnalysedArticle analyse(Ingestor& ingestor, const ArticleInput& input,
                        std::optional<std::string> bytes, std::ostream* explain) {
  AnalysedArticle result;
  try {
    if (!bytes) bytes = readArticle(input, ingestor.options().max_article_bytes);
    result.facts = ingestor.extract(input.path, *bytes, explain);
  } catch (...) {
    result.error = std::current_exception();
  }
  return result;
}

}  // namespace

size_t defaultIngestJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

ArticlePipeline::ArticlePipeline(const std::vector<ArticleInput>& inputs, Ingestor& first,
                                 size_t jobs, std::ostream* explain)
    : inputs_(inputs), first_(first), explain_(explain), window_(2 * std::max<size_t>(jobs, 1)) {
  size_t workers = std::min(jobs, inputs.size());
  if (workers <= 1) return;
  threads_.reserve(workers);
  for (size_t worker = 0; worker < workers; ++worker)
    threads_.emplace_back([this, worker] { work(worker); });
}

ArticlePipeline::~ArticlePipeline() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  room_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

void ArticlePipeline::work(size_t worker) {
  std::unique_ptr<Ingestor> own;
  Ingestor* ingestor = &first_;
  if (worker > 0) {
    try {
      std::lock_guard<std::mutex> build(build_mutex_);
      own = std::make_unique<Ingestor>(first_.options());
      ingestor = own.get();
    } catch (...) {
      // The first worker's Ingestor was built with the same options, so this is a shortage of
      // memory or the like: the other workers do the work.
      return;
    }
  }
  while (true) {
    size_t index;
    std::optional<std::string> bytes;
    std::exception_ptr read_error;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      room_.wait(lock, [this] {
        return stopping_ || next_claim_ >= inputs_.size() || next_claim_ < next_take_ + window_;
      });
      if (stopping_ || next_claim_ >= inputs_.size()) return;
      index = next_claim_++;
      // Standard input is read in input order, as a one-thread run reads it ("-" may be named
      // more than once: the first gets the text, the others find it empty).
      if (inputs_[index].path == "-") try {
          bytes = readArticle(inputs_[index], ingestor->options().max_article_bytes);
        } catch (...) {
          read_error = std::current_exception();
        }
    }
    Outcome outcome;
    if (read_error) {
      outcome.article.error = read_error;
    } else if (explain_) {
      std::ostringstream explanation;
      outcome.article = analyse(*ingestor, inputs_[index], std::move(bytes), &explanation);
      outcome.explanation = explanation.str();
    } else {
      outcome.article = analyse(*ingestor, inputs_[index], std::move(bytes), nullptr);
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      outcomes_.emplace(index, std::move(outcome));
    }
    outcome_ready_.notify_all();
  }
}

AnalysedArticle ArticlePipeline::next() {
  if (threads_.empty()) {
    // One job: read and analyse here, --explain's text straight to its stream.
    const ArticleInput& input = inputs_.at(next_take_++);
    return analyse(first_, input, std::nullopt, explain_);
  }
  Outcome outcome;
  {
    std::unique_lock<std::mutex> lock(mutex_);
    if (next_take_ >= inputs_.size()) throw std::out_of_range("ArticlePipeline: no more inputs");
    outcome_ready_.wait(lock, [this] { return outcomes_.count(next_take_) > 0; });
    auto found = outcomes_.find(next_take_);
    outcome = std::move(found->second);
    outcomes_.erase(found);
    ++next_take_;
  }
  room_.notify_all();
  if (explain_ && !outcome.explanation.empty()) *explain_ << outcome.explanation;
  return std::move(outcome.article);
}

}  // namespace kg
