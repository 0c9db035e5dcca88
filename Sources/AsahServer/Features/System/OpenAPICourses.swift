extension OpenAPIDocument {
    /// Paths of e-learning courses and a learner's progress (spliced into `json`).
    static let coursePaths = #"""
                "/api/v1/agencies/{code}/courses": {"get": {"summary": "The agency's e-learning courses (drafts for managers), with the caller's lessons done",
                  "parameters": [{"$ref": "#/components/parameters/code"}],
                  "responses": {"200": {"description": "Courses", "content": {"application/json": {"schema": {"type": "object", "properties": {
                    "items": {"type": "array", "items": {"type": "object", "properties": {
                      "id": {"type": "string", "format": "uuid"}, "title": {"type": "string"}, "summary": {"type": "string"},
                      "published": {"type": "boolean"}, "modules": {"type": "integer"}, "lessons": {"type": "integer"},
                      "max_jp": {"type": "number", "description": "All lesson minutes as JP, before the day cap"},
                      "lessons_done": {"type": "integer"}, "completed_on": {"type": "string", "format": "date", "nullable": true}}}},
                    "page": {"type": "integer"}, "per": {"type": "integer"}, "total": {"type": "integer"}}}}}},
                    "404": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/courses/{id}": {"get": {"summary": "One course with its ordered modules and lessons (Markdown and its safe HTML)",
                  "parameters": [{"$ref": "#/components/parameters/id"}],
                  "responses": {"200": {"description": "The course", "content": {"application/json": {"schema": {"type": "object", "properties": {
                    "id": {"type": "string", "format": "uuid"}, "title": {"type": "string"}, "summary": {"type": "string"},
                    "published": {"type": "boolean"}, "max_jp": {"type": "number"},
                    "modules": {"type": "array", "items": {"type": "object", "properties": {
                      "id": {"type": "string", "format": "uuid"}, "position": {"type": "integer"}, "title": {"type": "string"},
                      "quiz_questions": {"type": "integer"}, "passing_score": {"type": "integer", "nullable": true},
                      "questions": {"type": "array", "description": "The quiz as learners see it (never the right option)",
                        "items": {"type": "object", "properties": {"text": {"type": "string"},
                        "options": {"type": "array", "items": {"type": "string"}}}}},
                      "max_attempts": {"type": "integer", "nullable": true},
                      "lessons": {"type": "array", "items": {"type": "object", "properties": {
                        "id": {"type": "string", "format": "uuid"}, "position": {"type": "integer"}, "title": {"type": "string"},
                        "kind": {"type": "string", "enum": ["text", "video", "file"]}, "minutes": {"type": "integer"},
                        "body": {"type": "string"}, "html": {"type": "string"}, "url": {"type": "string", "nullable": true},
                        "file_url": {"type": "string", "nullable": true, "description": "An uploaded file, to GET with the bearer token"}}}}}}}}}}}},
                    "404": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/courses/{id}/lessons/{lesson}/file": {"get": {"summary": "A lesson's uploaded file, as an attachment (whoever may open the course)",
                  "parameters": [{"$ref": "#/components/parameters/id"}, {"name": "lesson", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
                  "responses": {"200": {"description": "The file"}, "404": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/courses/{id}/progress": {
                  "get": {"summary": "The signed-in learner's own progress in the course",
                    "parameters": [{"$ref": "#/components/parameters/id"}],
                    "responses": {"200": {"description": "Progress", "content": {"application/json": {"schema": {"type": "object", "properties": {
                      "course_id": {"type": "string", "format": "uuid"}, "lessons_done": {"type": "integer"}, "lessons_total": {"type": "integer"},
                      "quizzes_passed": {"type": "integer"}, "quizzes_total": {"type": "integer"}, "percent": {"type": "integer"},
                      "complete": {"type": "boolean"}, "completed_on": {"type": "string", "format": "date", "nullable": true},
                      "credited_jp": {"type": "number", "nullable": true},
                      "lessons": {"type": "array", "items": {"type": "object", "properties": {
                        "lesson_id": {"type": "string", "format": "uuid"}, "done_on": {"type": "string", "format": "date"}}}},
                      "quizzes": {"type": "array", "items": {"type": "object", "properties": {
                        "module_id": {"type": "string", "format": "uuid"}, "best_score": {"type": "integer"},
                        "attempts": {"type": "integer"}, "passed": {"type": "boolean"}}}}}}}}},
                      "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}},
                  "post": {"summary": "Record lessons done (idempotent: a lesson already done is left as it was). Finishing the last lesson or quiz credits the course's JP once, one ledger line per day of study, at most 3 JP a day by default. Also what the offline queue sends.",
                    "parameters": [{"$ref": "#/components/parameters/id"}],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["lessons"], "properties": {
                      "lessons": {"type": "array", "maxItems": 500, "items": {"type": "object", "required": ["lesson_id"], "properties": {
                        "lesson_id": {"type": "string", "format": "uuid"},
                        "done_on": {"type": "string", "format": "date", "description": "Day of study, today or up to 30 days back; today when left out"}}}}}}}}},
                    "responses": {"200": {"description": "Progress after recording", "content": {"application/json": {"schema": {"type": "object", "properties": {
                      "lessons_done": {"type": "integer"}, "lessons_total": {"type": "integer"}, "quizzes_passed": {"type": "integer"},
                      "quizzes_total": {"type": "integer"}, "percent": {"type": "integer"}, "complete": {"type": "boolean"},
                      "completed_on": {"type": "string", "format": "date", "nullable": true},
                      "credited_jp": {"type": "number", "nullable": true, "description": "All JP the finished course credited"},
                      "recorded": {"type": "integer", "description": "Lessons newly recorded by this request (0 when sent again)"},
                      "finished_now": {"type": "boolean", "description": "Present and true when this request finished the course and posted its JP"}}}}}},
                      "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                      "422": {"description": "invalid_progress: a lesson of another course or a date out of range (details name the item and field)",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
                "/api/v1/courses/{id}/modules/{module}/attempts": {"post": {"summary": "Take a module quiz (the signed-in learner); the best attempt counts, and passing the last quiz may finish the course and post its JP",
              "parameters": [{"$ref": "#/components/parameters/id"}, {"name": "module", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["answers"], "properties": {
                "answers": {"type": "array", "items": {"type": "integer", "nullable": true}, "description": "Chosen option per question, 0-based; null when left blank"}}}}}},
              "responses": {"200": {"description": "{\"score\", \"passed\", \"best_score\", \"attempts_left\", \"progress\": progress as POST …/progress answers}"},
                "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                "409": {"description": "No attempts left", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
            "/api/v1/courses/{id}/learners": {"get": {"summary": "Who has started the course and how far they are (managers)",
                  "parameters": [{"$ref": "#/components/parameters/id"}],
                  "responses": {"200": {"description": "{\"items\": [{\"nip\", \"name\", \"lessons_done\", \"quizzes_passed\", \"last_activity\", \"completed_on\", \"credited_hundredths\"}], \"page\", \"per\", \"total\"}"},
                    "403": {"$ref": "#/components/responses/Error"}}}},
        """#
}
