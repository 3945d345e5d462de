using System.Linq.Expressions;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Tasks;

/// <summary><see cref="UserTaskActor.IsCandidateFor"/> as a query over <c>wf_user_tasks</c>, for task lists built on the table.</summary>
public static class UserTaskVisibility
{
    private static readonly System.Reflection.MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    public static Expression<Func<WorkflowUserTaskRecord, bool>> Of(UserTaskActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var task = Expression.Parameter(typeof(WorkflowUserTaskRecord), "t");
        var assignee = Expression.Property(task, nameof(WorkflowUserTaskRecord.Assignee));
        var users = Expression.Property(task, nameof(WorkflowUserTaskRecord.CandidateUsers));
        var groups = Expression.Property(task, nameof(WorkflowUserTaskRecord.CandidateGroups));
        var tests = new List<Expression>();
        foreach (var name in actor.Names.Where(n => n.Length > 0 && !n.Contains(',', StringComparison.Ordinal)).Distinct())
        {
            tests.Add(Expression.Equal(assignee, Expression.Constant(name, typeof(string))));
            tests.Add(Framed(users, name));
        }

        if (actor.Groups is null)
        {
            tests.Add(Expression.NotEqual(groups, Expression.Constant(",")));
        }
        else
        {
            tests.AddRange(actor.Groups.Where(g => g.Length > 0 && !g.Contains(',', StringComparison.Ordinal)).Distinct().Select(g => Framed(groups, g)));
        }

        var any = tests.DefaultIfEmpty(Expression.Constant(false)).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<WorkflowUserTaskRecord, bool>>(any, task);
    }

    // The lists are stored comma-framed (",a,b,"), so ",name," matches whole entries only.
    private static MethodCallExpression Framed(Expression column, string entry) => Expression.Call(column, Contains, Expression.Constant("," + entry + ","));
}
