extension OpenAPIDocument {
    /// Paths of performance ratings (spliced into `json`).
    static let performancePaths = #"""
                "/api/v1/agencies/{code}/talent-grid": {"get": {"summary": "The talent 9-box (Permen PANRB 3/2020) of the agency or of a unit and its sub-units: performance from the year's annual predikat, potential from the JPM against the agency's cut-offs; people without an annual predikat or with a provisional profile are listed apart (managers)",
                  "parameters": [{"$ref": "#/components/parameters/code"},
                    {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}},
                    {"name": "unit", "in": "query", "schema": {"type": "string", "format": "uuid"}}],
                  "responses": {"200": {"description": "The grid", "content": {"application/json": {"schema": {"type": "object", "properties": {
                    "year": {"type": "integer"},
                    "cutoffs": {"type": "object", "properties": {"menengah": {"type": "number"}, "tinggi": {"type": "number"}}},
                    "boxes": {"type": "array", "items": {"type": "object", "properties": {
                      "box": {"type": "integer", "minimum": 1, "maximum": 9}, "talent_pool": {"type": "boolean"},
                      "count": {"type": "integer"}, "employees": {"type": "array", "items": {"type": "string"}}}}},
                    "unplaced": {"type": "array", "items": {"type": "string"}},
                    "unplaced_by_reason": {"type": "object", "description": "How many are listed apart for each reason: no_predikat, no_profile, provisional_profile",
                      "additionalProperties": {"type": "integer"}}}}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                    "404": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/agencies/{code}/imports/performance-ratings": {"post": {"summary": "Import e-Kinerja ratings from CSV (NIP, TAHUN, PERIODE, RATING HASIL KERJA, RATING PERILAKU KERJA[, PREDIKAT]), all or nothing; a predikat that contradicts the matrix is a row error; a period already rated is replaced (managers)",
                  "parameters": [{"$ref": "#/components/parameters/code"}, {"name": "dry_run", "in": "query", "schema": {"type": "boolean", "default": false}}],
                  "requestBody": {"required": true, "content": {"text/csv": {"schema": {"type": "string"}}}},
                  "responses": {"200": {"description": "Imported (or checked)", "content": {"application/json": {"schema": {"type": "object", "properties": {
                    "ratings": {"type": "integer"}, "employees": {"type": "integer"}, "dry_run": {"type": "boolean"}}}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                    "404": {"$ref": "#/components/responses/Error"},
                    "422": {"description": "invalid_rows: every bad row with its column and reason; nothing written",
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
                "/api/v1/employees/{nip}/performance-ratings": {
                  "get": {"summary": "An employee's performance ratings, of one year or all (the employee, their supervisors up the chain, the agency's managers)",
                    "parameters": [{"$ref": "#/components/parameters/nip"},
                      {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}, "description": "One year; all years when left out"}],
                    "responses": {"200": {"description": "Ratings, newest year first", "content": {"application/json": {"schema": {"type": "object", "properties": {
                      "items": {"type": "array", "items": {"$ref": "#/components/schemas/PerformanceRating"}}}}}}},
                      "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                      "404": {"$ref": "#/components/responses/Error"}}},
                  "post": {"summary": "Rate a period: the predikat follows from the two ratings by the matrix of Permen PANRB 6/2022 (the employee's supervisor or the agency's managers, never the employee)",
                    "parameters": [{"$ref": "#/components/parameters/nip"}],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                      "required": ["year", "period", "rating_hasil_kerja", "rating_perilaku_kerja"], "properties": {
                      "year": {"type": "integer", "minimum": 2000}, "period": {"type": "string", "enum": ["q1", "q2", "q3", "q4", "annual"]},
                      "rating_hasil_kerja": {"$ref": "#/components/schemas/PerformanceRatingValue"},
                      "rating_perilaku_kerja": {"$ref": "#/components/schemas/PerformanceRatingValue"}}}}}},
                    "responses": {"201": {"description": "The rating with its predikat", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PerformanceRating"}}}},
                      "200": {"description": "The period's rating, replaced", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PerformanceRating"}}}},
                      "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                      "404": {"$ref": "#/components/responses/Error"},
                      "422": {"description": "invalid: year, period, rating_hasil_kerja or rating_perilaku_kerja", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
        """#

    /// Schemas of performance ratings (spliced into `components.schemas`).
    static let performanceSchemas = #"""
                  "PerformanceRatingValue": {"type": "string", "enum": ["di_atas_ekspektasi", "sesuai_ekspektasi", "di_bawah_ekspektasi"]},
                  "PerformanceRating": {"type": "object", "properties": {
                    "nip": {"type": "string"}, "year": {"type": "integer"},
                    "period": {"type": "string", "enum": ["q1", "q2", "q3", "q4", "annual"]},
                    "rating_hasil_kerja": {"$ref": "#/components/schemas/PerformanceRatingValue"},
                    "rating_perilaku_kerja": {"$ref": "#/components/schemas/PerformanceRatingValue"},
                    "predikat": {"type": "string", "enum": ["sangat_baik", "baik", "butuh_perbaikan", "kurang_misconduct", "sangat_kurang"]},
                    "predikat_label": {"type": "string"}, "source": {"type": "string", "enum": ["asah", "import"]}}},
        """#
}
