/// The OpenAPI 3 description of `/api/v1`. A test checks that every registered API route is in it.
enum OpenAPIDocument {
    static let written = #"""
        {
          "openapi": "3.0.3",
          "info": {"title": "Asah API", "version": "1.0.0",
            "description": "Competency development of ASN for local governments. Bearer tokens from POST /api/v1/auth/tokens. Errors: {\"error\": {\"code\", \"message\", \"details\"}}."},
          "servers": [{"url": "/"}],
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
              \#(mentoringSchemas)
              \#(transferSchemas)
              \#(studySchemas)
              \#(performanceSchemas)
              \#(accountSchemas)
              \#(innovationSchemas)
              \#(knowledgeSharingSchemas)
              "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object",
                "required": ["code", "message", "details"], "properties": {
                  "code": {"type": "string", "enum": ["unauthorized", "forbidden", "not_found", "invalid", "invalid_rows",
                    "conflict", "payload_too_large", "rate_limited", "internal_error"]},
                  "message": {"type": "string", "description": "In Bahasa Indonesia, for the person using the client"},
                  "details": {"type": "array", "items": {"$ref": "#/components/schemas/ErrorDetail"}}}}}},
              "ErrorDetail": {"type": "object", "required": ["message"], "properties": {
                "row": {"type": "integer"}, "column": {"type": "string"}, "field": {"type": "string"},
                "message": {"type": "string"}}},
              "Agency": {"type": "object", "required": ["code", "name", "kind", "province", "employees"], "properties": {
                "code": {"type": "string"}, "name": {"type": "string"},
                "kind": {"type": "string", "enum": ["kota", "kabupaten", "provinsi"]},
                "province": {"type": "string"}, "employees": {"type": "integer"}}},
              "Unit": {"type": "object", "required": ["id", "name", "employees"], "properties": {
                "id": {"type": "string", "format": "uuid"}, "parent_id": {"type": "string", "format": "uuid", "nullable": true},
                "name": {"type": "string"}, "code": {"type": "string", "nullable": true}, "employees": {"type": "integer"}}},
              "Ref": {"type": "object", "required": ["id", "name"], "properties": {
                "id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}}},
              "EmployeeSummary": {"type": "object", "required": ["nip", "name", "full_name", "status"], "properties": {
                "nip": {"type": "string"}, "name": {"type": "string"}, "full_name": {"type": "string"},
                "status": {"type": "string", "enum": ["pns", "cpns", "pppk"]}, "golongan": {"type": "string", "nullable": true},
                "unit": {"$ref": "#/components/schemas/Ref"}, "position": {"type": "string", "nullable": true}}},
              "Employee": {"type": "object", "required": ["nip", "name", "full_name", "status", "gender", "birth_date"],
                "properties": {
                  "nip": {"type": "string", "pattern": "^[0-9]{18}$"}, "name": {"type": "string"},
                  "gelar_depan": {"type": "string", "nullable": true}, "gelar_belakang": {"type": "string", "nullable": true},
                  "full_name": {"type": "string"}, "status": {"type": "string", "enum": ["pns", "cpns", "pppk"]},
                  "golongan": {"type": "string", "nullable": true}, "gender": {"type": "string", "enum": ["M", "F"]},
                  "birth_date": {"type": "string", "format": "date"},
                  "email": {"type": "string", "nullable": true, "description": "Masked unless the caller manages the agency."},
                  "phone": {"type": "string", "nullable": true, "description": "Masked unless the caller manages the agency."},
                  "unit": {"$ref": "#/components/schemas/Ref"},
                  "position": {"type": "object", "nullable": true, "properties": {
                    "id": {"type": "string", "format": "uuid"}, "name": {"type": "string"},
                    "kind": {"type": "string", "enum": ["jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas", "pelaksana", "fungsional"]},
                    "jenjang": {"type": "string", "nullable": true}}},
                  "supervisor_nip": {"type": "string", "nullable": true}}},
              "Standard": {"type": "object", "required": ["year", "items"], "properties": {
                "year": {"type": "integer"}, "status": {"type": "string", "enum": ["draft", "verified"], "nullable": true},
                "items": {"type": "array", "items": {"type": "object", "required": ["competency", "level"], "properties": {
                  "competency": {"type": "string"}, "level": {"type": "integer", "minimum": 1, "maximum": 5}}}}}},
              "CompetencyProfile": {"type": "object", "required": ["nip", "year", "items"], "properties": {
                "nip": {"type": "string"}, "year": {"type": "integer"}, "position": {"type": "string", "nullable": true},
                "items": {"type": "array", "items": {"type": "object", "properties": {
                  "code": {"type": "string"}, "name": {"type": "string"}, "group": {"type": "string"},
                  "required": {"type": "integer"}, "current": {"type": "integer", "nullable": true},
                  "gap": {"type": "integer", "nullable": true}, "source": {"type": "string", "nullable": true},
                  "assessed_on": {"type": "string", "nullable": true}}}},
                "jpm": {"type": "number", "nullable": true}, "assessed": {"type": "integer"}, "total": {"type": "integer"},
                "mapping_category": {"type": "string", "enum": ["O", "CO", "KO"], "nullable": true},
                "selection_category": {"type": "string", "enum": ["MS", "MMS", "KMS"], "nullable": true},
                "jpm_formula": {"type": "string", "enum": ["min", "ratio"], "nullable": true, "description": "The agency's formula: min = Σ min(LKI, LKJ) ÷ Σ LKJ; ratio = Σ LKI ÷ Σ LKJ capped at 100 %"}}},
              "ImportResult": {"type": "object", "required": ["created", "updated", "unchanged", "errors"], "properties": {
                "created": {"type": "integer"}, "updated": {"type": "integer"}, "unchanged": {"type": "integer"},
                "units_created": {"type": "integer"}, "positions_created": {"type": "integer"},
                "dry_run": {"type": "boolean"},
                "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ErrorDetail"}}}}
            },
            "responses": {
              "Error": {"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "parameters": {
              "code": {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Agency code, e.g. medan"},
              "nip": {"name": "nip", "in": "path", "required": true, "schema": {"type": "string"}, "description": "18-digit NIP"},
              "id": {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
              "username": {"name": "username", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Login name: the NIP, or a name such as pengelola.medan"}
            }
          },
          "security": [{"bearer": []}],
          "paths": {
            \#(activityPaths)
            \#(mentoringPaths)
            \#(transferPaths)
            \#(studyPaths)
            \#(performancePaths)
            \#(accountPaths)
            \#(innovationPaths)
            \#(knowledgeSharingPaths)
            \#(coursePaths)
            "/healthz": {"get": {"summary": "Health", "security": [], "responses": {"200": {"description": "OK",
              "content": {"application/json": {"schema": {"type": "object", "properties": {
                "status": {"type": "string"}, "database": {"type": "string", "enum": ["sqlite", "postgres"]}}}}}}}}},
            "/api/v1/openapi.json": {"get": {"summary": "This document", "security": [],
              "responses": {"200": {"description": "OpenAPI document"}}}},
            "/api/v1/auth/tokens": {"post": {"summary": "Create an API token", "security": [],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                "required": ["username", "password"], "properties": {"username": {"type": "string"}, "password": {"type": "string"}}}}}},
              "responses": {
                "201": {"description": "Token", "content": {"application/json": {"schema": {"type": "object",
                  "required": ["token", "expires_at"], "properties": {"token": {"type": "string"},
                  "expires_at": {"type": "string", "format": "date-time"}}}}}},
                "401": {"$ref": "#/components/responses/Error"},
                "429": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/auth/tokens/current": {"delete": {"summary": "Revoke the token that signs this request",
              "responses": {"204": {"description": "Revoked"}, "401": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/me": {"get": {"summary": "Who this token belongs to",
              "responses": {
                "200": {"description": "The signed-in account", "content": {"application/json": {"schema": {"type": "object",
                  "required": ["username", "roles"], "properties": {"username": {"type": "string"},
                  "roles": {"type": "array", "items": {"type": "string", "enum": ["admin", "manager", "unit_head", "employee", "facilitator"]}},
                  "agency": {"type": "string", "nullable": true}, "nip": {"type": "string", "nullable": true}}}}}},
                "401": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/agencies": {"get": {"summary": "Agencies the caller may see", "responses": {
              "200": {"description": "Agencies", "content": {"application/json": {"schema": {"type": "object", "properties": {
                "items": {"type": "array", "items": {"$ref": "#/components/schemas/Agency"}},
                "page": {"type": "integer"}, "per": {"type": "integer"}, "total": {"type": "integer"}}}}}},
              "401": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/agencies/{code}/units": {"get": {"summary": "Units of an agency",
              "parameters": [{"$ref": "#/components/parameters/code"}], "responses": {
              "200": {"description": "Units", "content": {"application/json": {"schema": {"type": "object", "properties": {
                "items": {"type": "array", "items": {"$ref": "#/components/schemas/Unit"}},
                "page": {"type": "integer"}, "per": {"type": "integer"}, "total": {"type": "integer"}}}}}},
              "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/agencies/{code}/employees": {"get": {"summary": "Employees of an agency (scoped by the caller's access)",
              "parameters": [{"$ref": "#/components/parameters/code"},
                {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "Name or NIP"},
                {"name": "unit", "in": "query", "schema": {"type": "string", "format": "uuid"}, "description": "Unit and its sub-units"},
                {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                {"name": "per", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
              "responses": {
              "200": {"description": "Employees", "content": {"application/json": {"schema": {"type": "object", "properties": {
                "items": {"type": "array", "items": {"$ref": "#/components/schemas/EmployeeSummary"}},
                "page": {"type": "integer"}, "per": {"type": "integer"}, "total": {"type": "integer"}}}}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/employees/{nip}": {"get": {"summary": "One employee",
              "parameters": [{"$ref": "#/components/parameters/nip"}], "responses": {
              "200": {"description": "Employee", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Employee"}}}},
              "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/agencies/{code}/competencies": {"get": {"summary": "Competency dictionary: national manajerial and sosial kultural, plus the agency's teknis",
              "parameters": [{"$ref": "#/components/parameters/code"}], "responses": {
              "200": {"description": "Competencies", "content": {"application/json": {"schema": {"type": "object", "properties": {
                "items": {"type": "array", "items": {"type": "object", "properties": {
                  "code": {"type": "string"}, "name": {"type": "string"},
                  "group": {"type": "string", "enum": ["manajerial", "sosial_kultural", "teknis", "pemerintahan"]},
                  "definition": {"type": "string"}, "levels": {"type": "array", "items": {"type": "string"}},
                  "national": {"type": "boolean"}}}},
                "page": {"type": "integer"}, "per": {"type": "integer"}, "total": {"type": "integer"}}}}}},
              "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/agencies/{code}/positions/{id}/standard": {
              "get": {"summary": "A position's job competency standard (SKJ) for a year",
                "parameters": [{"$ref": "#/components/parameters/code"}, {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
                  {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}}],
                "responses": {"200": {"description": "Standard", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Standard"}}}},
                  "404": {"$ref": "#/components/responses/Error"}}},
              "put": {"summary": "Replace that year's standard (managers)",
                "parameters": [{"$ref": "#/components/parameters/code"}, {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Standard"}}}},
                "responses": {"200": {"description": "Saved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Standard"}}}},
                  "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/employees/{nip}/assessments": {"post": {"summary": "Record an assessment (managers any source; the supervisor 'supervisor'; the employee 'self')",
              "parameters": [{"$ref": "#/components/parameters/nip"}],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                "required": ["competency", "level", "source", "assessed_on"], "properties": {
                  "competency": {"type": "string"}, "level": {"type": "integer", "minimum": 1, "maximum": 5},
                  "source": {"type": "string", "enum": ["assessment_center", "supervisor", "self", "test", "multi_rater"]},
                  "assessed_on": {"type": "string", "format": "date"}, "note": {"type": "string"},
                  "evidence_url": {"type": "string"}}}}}},
              "responses": {"201": {"description": "Recorded; the updated profile", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CompetencyProfile"}}}},
                "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                "422": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/employees/{nip}/competency-profile": {"get": {"summary": "Required against current level per competency, gaps and JPM",
              "parameters": [{"$ref": "#/components/parameters/nip"}, {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}}],
              "responses": {"200": {"description": "Profile", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CompetencyProfile"}}}},
                "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/agencies/{code}/competency-gaps": {"get": {"summary": "Gap report of the agency or one unit and its sub-units",
              "parameters": [{"$ref": "#/components/parameters/code"}, {"name": "unit", "in": "query", "schema": {"type": "string", "format": "uuid"}},
                {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}}],
              "responses": {"200": {"description": "Gaps", "content": {"application/json": {"schema": {"type": "object", "properties": {
                "year": {"type": "integer"}, "employees": {"type": "integer"}, "assessed": {"type": "integer"},
                "competencies": {"type": "array", "items": {"type": "object", "properties": {
                  "code": {"type": "string"}, "name": {"type": "string"}, "employees": {"type": "integer"}, "assessed": {"type": "integer"},
                  "required_avg": {"type": "number"}, "current_avg": {"type": "number", "nullable": true},
                  "with_gap": {"type": "integer"}, "gap_sum": {"type": "integer"}}}},
                "units": {"type": "array", "items": {"type": "object", "properties": {
                  "id": {"type": "string", "format": "uuid", "nullable": true}, "name": {"type": "string"},
                  "employees": {"type": "integer"}, "with_any_gap": {"type": "integer"}}}}}}}}},
                "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/employees/{nip}/learning-hours": {"get": {"summary": "The employee's JP ledger for a year, with the total against the minimum (PNS) or maximum (PPPK)",
              "parameters": [{"name": "nip", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "year", "in": "query", "schema": {"type": "integer"}}],
              "responses": {"200": {"description": "JP of the year", "content": {"application/json": {"schema": {"type": "object", "properties": {
                "nip": {"type": "string"}, "year": {"type": "integer"}, "employee_status": {"type": "string", "enum": ["pns", "cpns", "pppk"]},
                "total_jp": {"type": "number"}, "target_jp": {"type": "number", "nullable": true}, "max_jp": {"type": "number", "nullable": true},
                "status": {"type": "string", "enum": ["met", "below", "within_limit", "over_limit"]}, "missing_jp": {"type": "number", "nullable": true},
                "entries": {"type": "array", "items": {"type": "object", "properties": {
                  "date": {"type": "string", "format": "date"}, "title": {"type": "string"},
                  "source": {"type": "string", "enum": ["activity", "mentoring", "knowledge_sharing", "course", "innovation", "external", "manual", "study"]},
                  "jenis_diklat_id": {"type": "integer"}, "jenis_diklat": {"type": "string", "nullable": true}, "jp": {"type": "number"},
                  "minutes": {"type": "integer", "nullable": true}, "provider": {"type": "string", "nullable": true},
                  "certificate_no": {"type": "string", "nullable": true},
                  "earned_at": {"type": "string", "nullable": true, "description": "The agency the line was earned in, when another than the employee's own (after a mutasi)"}}}}}}}}},
                "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/agencies/{code}/learning-hours/compliance": {"get": {"summary": "Share of PNS with at least the yearly minimum JP, per unit (managers; unit heads: their unit)",
              "parameters": [{"$ref": "#/components/parameters/code"}, {"name": "unit", "in": "query", "schema": {"type": "string", "format": "uuid"}},
                {"name": "year", "in": "query", "schema": {"type": "integer"}}],
              "responses": {"200": {"description": "Compliance", "content": {"application/json": {"schema": {"type": "object", "properties": {
                "year": {"type": "integer"}, "minimum_jp": {"type": "number"}, "pns": {"type": "integer"}, "met": {"type": "integer"},
                "rate": {"type": "number", "nullable": true, "description": "percent, one decimal, rounded down"},
                "units": {"type": "array", "items": {"type": "object", "properties": {
                  "id": {"type": "string", "format": "uuid", "nullable": true}, "name": {"type": "string"},
                  "pns": {"type": "integer"}, "met": {"type": "integer"}, "rate": {"type": "number", "nullable": true}}}}}}}}},
                "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/agencies/{code}/positions/{id}/candidates": {"get": {"summary": "Employees ranked by JPM against the position's standard (managers)",
              "parameters": [{"$ref": "#/components/parameters/code"}, {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
                {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}}],
              "responses": {"200": {"description": "Candidates, best first", "content": {"application/json": {"schema": {"type": "object", "properties": {
                "items": {"type": "array", "items": {"type": "object", "properties": {
                  "nip": {"type": "string"}, "name": {"type": "string"}, "unit": {"type": "string", "nullable": true},
                  "position": {"type": "string", "nullable": true}, "jpm": {"type": "number"},
                  "selection_category": {"type": "string", "enum": ["MS", "MMS", "KMS"], "nullable": true, "description": "null until every competency of the standard is assessed (the JPM is provisional); complete profiles are ranked first"},
                  "assessed": {"type": "integer"}, "total": {"type": "integer"}}}},
                "page": {"type": "integer"}, "per": {"type": "integer"}, "total": {"type": "integer"}}}}}},
                "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/agencies/{code}/imports/assessments": {"post": {"summary": "Import assessment results from CSV (NIP, KODE KOMPETENSI, LEVEL, TANGGAL[, SUMBER, CATATAN]), all or nothing",
              "parameters": [{"$ref": "#/components/parameters/code"}, {"name": "dry_run", "in": "query", "schema": {"type": "boolean", "default": false}}],
              "requestBody": {"required": true, "content": {"text/csv": {"schema": {"type": "string"}}}},
              "responses": {"200": {"description": "Imported (or checked)", "content": {"application/json": {"schema": {"type": "object", "properties": {
                "created": {"type": "integer"}, "employees": {"type": "integer"}, "dry_run": {"type": "boolean"},
                "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ErrorDetail"}}}}}}},
                "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                "422": {"description": "invalid_rows: every bad row with its column and reason; nothing written",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
            "/api/v1/agencies/{code}/imports/employees": {"post": {"summary": "Import a SIASN employee export (all or nothing)",
              "parameters": [{"$ref": "#/components/parameters/code"},
                {"name": "dry_run", "in": "query", "schema": {"type": "boolean", "default": false}}],
              "requestBody": {"required": true, "content": {"text/csv": {"schema": {"type": "string"}},
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
              "responses": {
                "200": {"description": "Imported (or checked)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportResult"}}}},
                "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                "422": {"description": "invalid_rows: every bad row with its column and reason; nothing written",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}}
          }
        }
        """#
}
