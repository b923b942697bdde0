// The OpenAPI 3.1 description served at /api/v1/openapi.json.
#pragma once
#include <boost/json.hpp>

namespace mitra::http {
const boost::json::value& openapi_document();
}
