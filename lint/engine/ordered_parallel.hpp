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

template <class Result, class Work, class Emit>
void ordered_parallel(std::size_t count, std::size_t jobs, Work&& work, Emit&& emit) {
  jobs = std::max<std::size_t>(1, std::min(jobs, count));
  if (jobs == 1) {
    for (std::size_t i = 0; i < count; ++i) emit(work(i));
    return;
  }
  std::vector<std::optional<Result>> slots(count);
  std::vector<std::exception_ptr> errors(count);
  std::vector<char> done(count, 0);
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (std::size_t w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      for (std::size_t i = next++; i < count; i = next++) {
        std::optional<Result> result;
        std::exception_ptr error;
        try {
          result.emplace(work(i));
        } catch (...) {
          error = std::current_exception();
        }
        {
          std::lock_guard lock(mutex);
          slots[i] = std::move(result);
          errors[i] = error;
          done[i] = 1;
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
      ready.wait(lock, [&] { return done[i] != 0; });
      result = std::move(slots[i]);
      slots[i].reset();
      if (errors[i] && !first_error) first_error = errors[i];
    }
    if (result && !first_error) emit(std::move(*result));
  }
  for (auto& worker : workers) worker.join();
  if (first_error) std::rethrow_exception(first_error);
}

}  // namespace medlint
