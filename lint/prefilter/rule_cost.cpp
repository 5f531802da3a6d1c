// A kind (phrases, regex, require...) lists its matchers; a detector that lists none walks
// the words or sentences itself.
#include "prefilter/rule_cost.hpp"

namespace medlint {

RuleCost rule_cost(const Rule& rule) {
  std::vector<const PrefilterClient*> clients;
  rule.prefilter_clients(clients);
  RuleCost cost;
  cost.matchers = clients.size();
  for (const PrefilterClient* client : clients) {
    if (client->prefilter_pattern()) ++cost.patterns;
    else cost.literals += client->prefilter_literals().size();
    if (!client->prefiltered()) ++cost.unfiltered;
  }
  if (rule.meta().kind == "detector" && clients.empty()) cost.cost = "detector";
  else cost.cost = cost.unfiltered > 0 || clients.empty() ? "full-scan" : "prefilter";
  return cost;
}

}  // namespace medlint
