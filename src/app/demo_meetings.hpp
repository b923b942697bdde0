// Coordination meetings (rapat koordinasi) of the five cases, as demo data: Makassar's Dinsos and
// LSM Forum Peduli Sosial / Rumah Hati Rumah Bakat with no joint meetings at first, occasional
// ones later and regular ones now (000); DKI's meetings moved online with many invited
// organisations and uneven attendance (004); a few in Lampung (003) and Semarang (002). Action
// items open, done and overdue, dated relative to today so that reminders are due.
#pragma once
#include <map>
#include <string>

#include "app/demo_partnerships.hpp"
#include "services/context.hpp"
#include "store/database.hpp"

namespace mitra::app {

struct MeetingCounts {
  int meetings = 0, action_items = 0;
};

// codes: organisation code -> id; users: demo username -> id; partnerships: the meetings of each
// case belong to its partnership. Within the caller's transaction.
MeetingCounts load_meetings(store::UnitOfWork& unit, const services::Context& ctx,
                            const std::map<std::string, std::string>& codes,
                            const std::map<std::string, std::string>& users, const DemoPartnerships& partnerships);

}  // namespace mitra::app
