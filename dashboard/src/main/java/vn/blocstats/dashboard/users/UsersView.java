package vn.blocstats.dashboard.users;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import vn.blocstats.dashboard.security.Role;
import vn.blocstats.dashboard.users.UserAdministration.Refused;
import vn.blocstats.dashboard.users.UserAdministration.Row;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * "Người dùng" (administrators only): the accounts with role, state and last login; a form to add
 * one (password typed twice); for the account selected in the table, a password reset and
 * disabling or enabling it. The outcome of each action is said in the line under the title.
 */
@Route("nguoi-dung")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

	private final UserAdministration administration;
	private final String me;

	final Span message = new Span();
	final Grid<Row> grid = new Grid<>();
	final TextField name = new TextField();
	final Select<Role> role = new Select<>();
	final PasswordField password = new PasswordField();
	final PasswordField repeat = new PasswordField();
	final Button add = new Button();
	final Span selected = new Span();
	final PasswordField newPassword = new PasswordField();
	final PasswordField newRepeat = new PasswordField();
	final Button reset = new Button();
	final Button toggle = new Button();

	UsersView(UserAdministration administration, AuthenticationContext auth) {
		this.administration = administration;
		this.me = auth.getPrincipalName().orElse("");
		addClassName("users-view");
		message.addClassName("users-message");

		grid.addColumn(Row::name).setHeader(getTranslation("users.column.name")).setSortable(true).setAutoWidth(true);
		grid.addColumn(r -> getTranslation("users.role." + r.role())).setHeader(getTranslation("users.column.role"));
		grid.addColumn(r -> getTranslation(r.enabled() ? "users.state.enabled" : "users.state.disabled"))
			.setHeader(getTranslation("users.column.state"));
		grid.addColumn(r -> r.lastLogin() == null ? getTranslation("users.never")
				: VietFormat.date(r.lastLogin().toLocalDate(), getLocale()) + " "
						+ r.lastLogin().format(DateTimeFormatter.ofPattern("HH:mm")))
			.setHeader(getTranslation("users.column.lastLogin"));
		grid.setAllRowsVisible(true);
		grid.addSelectionListener(e -> showSelected());

		name.setLabel(getTranslation("users.name"));
		name.setMaxLength(50);
		role.setLabel(getTranslation("users.role"));
		role.setItems(Arrays.asList(Role.values()));
		role.setItemLabelGenerator(r -> getTranslation("users.role." + r));
		role.setValue(Role.VIEWER);
		password.setLabel(getTranslation("users.password"));
		password.setHelperText(getTranslation("users.password.help", UserAdministration.MIN_PASSWORD_LENGTH));
		repeat.setLabel(getTranslation("users.password.repeat"));
		add.setText(getTranslation("users.add"));
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add.addClickListener(e -> act(() -> {
			administration.add(name.getValue(), role.getValue(), password.getValue(), repeat.getValue());
			String added = name.getValue().strip();
			name.clear();
			password.clear();
			repeat.clear();
			return getTranslation("users.added", added);
		}));
		HorizontalLayout addForm = new HorizontalLayout(name, role, password, repeat, add);
		addForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		addForm.setWrap(true);

		newPassword.setLabel(getTranslation("users.password.new"));
		newRepeat.setLabel(getTranslation("users.password.repeat"));
		reset.setText(getTranslation("users.reset"));
		reset.addClickListener(e -> act(() -> {
			String who = current().name();
			administration.resetPassword(who, newPassword.getValue(), newRepeat.getValue());
			newPassword.clear();
			newRepeat.clear();
			return getTranslation("users.passwordReset", who);
		}));
		toggle.addClickListener(e -> act(() -> {
			Row r = current();
			administration.setEnabled(r.name(), !r.enabled(), me);
			return getTranslation(r.enabled() ? "users.disabled" : "users.enabled", r.name());
		}));
		HorizontalLayout selectedForm = new HorizontalLayout(selected, newPassword, newRepeat, reset, toggle);
		selectedForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		selectedForm.setWrap(true);

		add(new H2(getTranslation("users.title")), message, grid, new H3(getTranslation("users.selected.title")), selectedForm,
				new H3(getTranslation("users.add.title")), addForm);
		refresh(null);
	}

	/** Runs one change; says its outcome (or why it was refused) and reloads the table, keeping the selection. */
	private void act(java.util.function.Supplier<String> change) {
		String keep = grid.asSingleSelect().getValue() == null ? null : grid.asSingleSelect().getValue().name();
		try {
			say(change.get(), false);
		}
		catch (Refused r) {
			say(getTranslation(r.key, r.args), true);
		}
		refresh(keep);
	}

	private Row current() {
		Row r = grid.asSingleSelect().getValue();
		if (r == null) {
			throw new Refused("users.error.noneSelected");
		}
		return r;
	}

	private void say(String text, boolean error) {
		message.setText(text);
		message.getElement().getThemeList().set("error", error);
		message.getElement().getThemeList().set("success", !error);
	}

	private void refresh(String select) {
		var rows = administration.rows();
		grid.setItems(rows);
		rows.stream().filter(r -> r.name().equals(select)).findFirst().ifPresent(grid::select);
		showSelected();
	}

	private void showSelected() {
		Row r = grid.asSingleSelect().getValue();
		boolean any = r != null;
		selected.setText(any ? r.name() : getTranslation("users.selected.none"));
		newPassword.setEnabled(any);
		newRepeat.setEnabled(any);
		reset.setEnabled(any);
		toggle.setEnabled(any);
		toggle.setText(getTranslation(any && !r.enabled() ? "users.enable" : "users.disable"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("users.pageTitle");
	}
}
