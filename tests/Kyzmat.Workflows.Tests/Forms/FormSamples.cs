namespace Kyzmat.Workflows.Tests.Forms;

/// <summary>A form with every field type the server validates, as Camunda Modeler saves it.</summary>
internal static class FormSamples
{
    public const string AllFields = """
        {
          "id": "background-check",
          "type": "default",
          "schemaVersion": 16,
          "components": [
            { "id": "F_name", "type": "textfield", "key": "name", "label": "Name", "validate": { "required": true, "minLength": 2, "maxLength": 10 } },
            { "id": "F_mail", "type": "textfield", "key": "mail", "label": "E-mail", "validate": { "validationType": "email" } },
            { "id": "F_phone", "type": "textfield", "key": "phone", "validate": { "validationType": "phone" } },
            { "id": "F_code", "type": "textfield", "key": "code", "validate": { "pattern": "^[A-Z]{2}-\\d{3}$" } },
            { "id": "F_notes", "type": "textarea", "key": "notes", "validate": { "maxLength": 20 } },
            { "id": "F_score", "type": "number", "key": "score", "decimalDigits": 1, "validate": { "min": 0, "max": 60 } },
            { "id": "F_ok", "type": "checkbox", "key": "cleared", "validate": { "required": true } },
            { "id": "F_checks", "type": "checklist", "key": "checks", "values": [ { "label": "Police", "value": "police" }, { "label": "Tax", "value": "tax" } ] },
            { "id": "F_level", "type": "radio", "key": "level", "values": [ { "label": "Low", "value": "low" }, { "label": "High", "value": "high" } ] },
            { "id": "F_office", "type": "select", "key": "office", "valuesKey": "offices" },
            { "id": "F_date", "type": "datetime", "key": "checkedOn", "subtype": "date", "dateLabel": "Checked on" },
            { "id": "F_next", "type": "datetime", "key": "nextCheck", "subtype": "datetime", "disallowPassedDates": true },
            { "id": "F_at", "type": "datetime", "key": "at", "subtype": "time" },
            { "id": "F_tags", "type": "taglist", "key": "tags", "values": [ { "label": "A", "value": "a" }, { "label": "B", "value": "b" } ] },
            { "id": "F_why", "type": "textfield", "key": "why", "validate": { "required": true }, "conditional": { "hide": "=level != \"high\"" } },
            { "id": "F_shown", "type": "textfield", "key": "decision", "readonly": true },
            { "type": "group", "id": "G_addr", "path": "address", "components": [
              { "id": "F_city", "type": "textfield", "key": "city", "validate": { "required": true } }
            ] }
          ]
        }
        """;

    /// <summary>The fewest values <see cref="AllFields"/> takes.</summary>
    public const string MinimalData = """{ "name": "Aida", "cleared": true, "address": { "city": "Bishkek" } }""";
}
