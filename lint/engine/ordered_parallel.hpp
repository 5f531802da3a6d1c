// Runs `work(i)` for i in [0, count) on `jobs` threads and hands each result to `emit`
// on the calling thread in index order, as soon as it and all before it are done.
// Output is therefore identical whatever the number of jobs.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace medlint {

/// At most `window` results (default 64 per job) are held at once: a worker that gets that
/// far ahead of the next result to emit waits, so memory does not grow with `count`.
template <class Result, class Work, class Emit>
void ordered_parallel(std::size_t count, std::size_t jobs, Work&& work, Emit&& emit, std::size_t window = 0) {
  jobs = std::max<std::size_t>(1, std::min(jobs, count));
  if (jobs == 1) {
    for (std::size_t i = 0; i < count; ++i) emit(work(i));
    return;
  }
  window = std::min(count, window != 0 ? std::max(window, jobs) : jobs * 64);
  // Result i lives in slot i % window; slot i % window is free again once result i has been
  // emitted, which is exactly when a worker may start on i + window.
  std::vector<std::optional<Result>> slots(window);
  std::vector<std::exception_ptr> errors(window);
  std::vector<char> done(window, 0);
  std::size_t emitted = 0;  // results handed to emit (or dropped after an error)
  std::mutex mutex;
  std::condition_variable ready, room;
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (std::size_t w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      for (std::size_t i = next++; i < count; i = next++) {
        {
          // The smallest index not yet emitted never waits here, so the run cannot stall.
          std::unique_lock lock(mutex);
          room.wait(lock, [&] { return i < emitted + window; });
        }
        std::optional<Result> result;
        std::exception_ptr error;
        try {
          result.emplace(work(i));
        } catch (...) {
          error = std::current_exception();
        }
        {
          std::lock_guard lock(mutex);
          slots[i % window] = std::move(result);
          errors[i % window] = error;
          done[i % window] = 1;
        }
        ready.notify_all();
      }
    });
  }
  std::exception_ptr first_error;
  for (std::size_t i = 0; i < count; ++i) {
    std::optional<Result> result;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return done[i % window] != 0; });
      result = std::move(slots[i % window]);
      slots[i % window].reset();
      if (errors[i % window] && !first_error) first_error = errors[i % window];
      errors[i % window] = nullptr;
      done[i % window] = 0;
      ++emitted;
    }
    room.notify_all();
    if (result && !first_error) emit(std::move(*result));
  }
  for (auto& worker : workers) worker.join();
  if (first_error) std::rethrow_exception(first_error);
}

}  // namespace medlint
