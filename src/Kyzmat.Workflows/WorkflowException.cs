using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Workflows;

/// <summary>An error a caller can cause or must handle, with a stable <see cref="Code"/> (see <see cref="WorkflowErrorCodes"/>).</summary>
public sealed class WorkflowException : Exception
{
    public WorkflowException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public WorkflowException(string code, string message, IReadOnlyList<Finding> findings)
        : base(message)
    {
        Code = code;
        Findings = findings;
    }

    public WorkflowException(string code, string message, IReadOnlyList<FormFieldError> fieldErrors)
        : base(message)
    {
        Code = code;
        FieldErrors = fieldErrors;
    }

    public WorkflowException()
        : this(WorkflowErrorCodes.DefinitionInvalid, "Workflow error.")
    {
    }

    public WorkflowException(string message)
        : this(WorkflowErrorCodes.DefinitionInvalid, message)
    {
    }

    public WorkflowException(string message, Exception inner)
        : this(WorkflowErrorCodes.DefinitionInvalid, message, inner)
    {
    }

    public string Code { get; }

    /// <summary>For <see cref="WorkflowErrorCodes.DefinitionInvalid"/>: what is wrong, element by element.</summary>
    public IReadOnlyList<Finding> Findings { get; } = [];

    /// <summary>For <see cref="WorkflowErrorCodes.FormDataInvalid"/>: what is wrong, field by field.</summary>
    public IReadOnlyList<FormFieldError> FieldErrors { get; } = [];
}
