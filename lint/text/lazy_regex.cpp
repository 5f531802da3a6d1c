#include "text/lazy_regex.hpp"

#include "text/regex.hpp"

namespace medlint {

const boost::u32regex& LazyRegex::get() const {
  std::call_once(compiled_, [this] {
    regex_ = compile_regex(pattern_, ignore_case_);
    std::string().swap(pattern_);
  });
  return regex_;
}

}  // namespace medlint
